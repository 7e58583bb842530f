package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"strings"
	"testing"

	"github.com/keybs/platform/ent/document"
	"github.com/keybs/platform/ent/report"
	"github.com/keybs/platform/ent/verificationcase"
	"github.com/keybs/platform/internal/environment"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/internal/verification"
	"github.com/keybs/platform/internal/viewer"
	"github.com/keybs/platform/server/servertest"
)

// TestPublicSurface drives the trust surface through the whole server: a
// LIVE case with distinctive private data is worked to a published report,
// and every public answer about it is searched for that data.
func TestPublicSurface(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		owner := s.SignUp(t, "owner-5521@private-surface.example", "Private Org 5521")
		apiKey := testkit.APIKey(owner.TenantID, environment.Live, "verification:create", "document:create")
		analyst, senior := testkit.Staff(viewer.StaffAnalyst), testkit.Staff(viewer.StaffSeniorAnalyst)
		ref := "PRIV-REF-5521"
		newCase := func(t *testing.T) string {
			t.Helper()
			c, err := s.Verifications.Create(apiKey, verification.CreateInput{SupplierName: "Acme Trading Co.", CountryCode: "IN",
				Tier: "tier2", Package: "standard", ContactEmail: "private-contact-5521@acme.example", ClientReference: &ref})
			servertest.Must(t, err)
			return c.ID
		}
		// toSigned works a case to a signed report; publish makes it public.
		toSigned := func(t *testing.T, id string) {
			t.Helper()
			_, err := s.Verifications.StartReview(analyst, id)
			servertest.Must(t, err)
			_, err = s.Verifications.ApproveCase(analyst, id, verification.Approval{TrustScore: 78, RiskBand: "MEDIUM"})
			servertest.Must(t, err)
			_, err = s.Verifications.SignReport(senior, id)
			servertest.Must(t, err)
		}

		caseID := newCase(t)
		doc, err := s.Verifications.AddDocument(apiKey, caseID, verification.DocumentInput{Kind: "trade_license",
			Filename: "private-licence-5521.pdf", StoragePath: "tenants/private-5521/licence.pdf", SHA256: strings.Repeat("5a", 32)})
		servertest.Must(t, err)
		toSigned(t, caseID)
		_, err = s.Verifications.PublishReport(senior, caseID)
		servertest.Must(t, err)
		sys := testkit.System()
		published := s.DB.Client.VerificationCase.Query().Where(verificationcase.ID(caseID)).OnlyX(sys)
		rep := s.DB.Client.Report.Query().Where(report.CaseID(caseID)).OnlyX(sys)
		vid := published.VerificationID

		draftID := newCase(t)
		draft := s.DB.Client.VerificationCase.Query().Where(verificationcase.ID(draftID)).OnlyX(sys).VerificationID
		unpublishedID := newCase(t)
		toSigned(t, unpublishedID)
		unpublished := s.DB.Client.VerificationCase.Query().Where(verificationcase.ID(unpublishedID)).OnlyX(sys).VerificationID

		public := []string{
			"/r/" + vid, "/r/" + vid + ".json", "/r/" + vid + "/report.pdf", "/badge/" + vid, "/badge/" + vid + "/embed.js",
			"/v1/attestations/verify/" + vid, "/api/public/v1/attestations/verify/" + vid, "/.well-known/keybs-signing-keys.json",
			"/r/" + draft, "/r/" + unpublished + "/report.pdf", "/badge/" + unpublished, "/v1/attestations/verify/" + draft,
		}

		t.Run("NoPublicAnswerCarriesPrivateData", func(t *testing.T) {
			private := map[string]string{
				"contact email": "private-contact-5521@acme.example", "client reference": ref,
				"document file name": "private-licence-5521.pdf", "storage path": "private-5521",
				"document id": doc.ID, "tenant id": owner.TenantID, "case id": caseID, "report id": rep.ID,
				"owner's user id": owner.User.ID, "owner's email": owner.User.Email, "organisation": "Private Org 5521",
			}
			if n := s.DB.Client.Document.Query().Where(document.ID(doc.ID)).CountX(sys); n != 1 {
				t.Fatalf("the document was not stored (%d)", n)
			}
			for i, path := range public {
				res, body := get(t, s, path, nil)
				want := http.StatusOK // the published report's answers, then the 404s (an unknown id's attestation is a 200)
				if i >= 8 && i < len(public)-1 {
					want = http.StatusNotFound
				}
				if res.StatusCode != want {
					t.Fatalf("GET %s = %d, want %d: %.300s", path, res.StatusCode, want, body)
				}
				text := string(body)
				if strings.HasSuffix(path, ".pdf") && res.StatusCode == http.StatusOK {
					text += "\n" + pdfToText(t, body) // the raw file (its metadata) and its text
				}
				for name, h := range res.Header {
					text += "\n" + name + ": " + strings.Join(h, ", ")
				}
				for what, value := range private {
					if strings.Contains(text, value) {
						t.Errorf("GET %s shows the %s %q", path, what, value)
					}
				}
			}
		})

		t.Run("NoPublicAnswerSetsACookie", func(t *testing.T) {
			for _, path := range public {
				if res, _ := get(t, s, path, nil); len(res.Header.Values("Set-Cookie")) > 0 {
					t.Errorf("GET %s sets a cookie", path)
				}
			}
		})

		t.Run("OnlyTheBadgeMayBeFramed", func(t *testing.T) {
			for _, path := range append(public, "/", "/v1/reports", "/graphql", "/r/"+vid+"/nothing") {
				res, _ := get(t, s, path, nil)
				xfo, csp := res.Header.Get("X-Frame-Options"), res.Header.Get("Content-Security-Policy")
				if path == "/badge/"+vid || path == "/badge/"+unpublished {
					if xfo != "" || !strings.Contains(csp, "frame-ancestors *") {
						t.Errorf("GET %s: X-Frame-Options %q, CSP %q; the badge must be frameable by anyone", path, xfo, csp)
					}
					continue
				}
				if xfo != "DENY" || !strings.Contains(csp, "frame-ancestors 'none'") {
					t.Errorf("GET %s: X-Frame-Options %q, CSP %q; want DENY and frame-ancestors 'none'", path, xfo, csp)
				}
			}
		})

		t.Run("UnknownDraftAndUnpublishedAreOneIdentical404", func(t *testing.T) {
			_, want := get(t, s, "/r/KBS-VR-NOSUCHCASE", nil)
			for _, path := range []string{"/r/" + draft, "/r/" + unpublished, "/r/x", "/r/a/b", "/badge/x/y/z"} {
				res, body := get(t, s, path, nil)
				if res.StatusCode != http.StatusNotFound || !bytes.Equal(body, want) {
					t.Errorf("GET %s = %d, %d bytes; want the same 404 page as an unknown id", path, res.StatusCode, len(body))
				}
			}
			if _, portal := get(t, s, "/no-such-page", nil); bytes.Equal(portal, want) || !bytes.Contains(want, []byte("No published report")) {
				t.Error("the verify 404 is the portal's fallback page")
			}
		})

		t.Run("EveryLinkTheAPIHandsOutServesWhatItsNameSays", func(t *testing.T) {
			for _, tc := range []struct {
				path, token string
			}{
				{"/v1/reports", owner.AccessToken}, // the sandbox's demo reports
			} {
				res, body := get(t, s, tc.path, map[string]string{"Authorization": "Bearer " + tc.token})
				if res.StatusCode != http.StatusOK {
					t.Fatalf("GET %s = %d %s", tc.path, res.StatusCode, body)
				}
				var list struct {
					Data []struct {
						VerifyURL string `json:"verify_url"`
						PDFURL    string `json:"pdf_url"`
					}
				}
				servertest.Must(t, json.Unmarshal(body, &list))
				if len(list.Data) == 0 {
					t.Fatalf("GET %s lists no report", tc.path)
				}
				for _, r := range list.Data {
					checkLink(t, s, r.VerifyURL, "text/html")
					checkLink(t, s, r.PDFURL, "application/pdf")
				}
			}
			// And the LIVE report's, as stored.
			checkLink(t, s, *rep.VerifyURL, "text/html")
			checkLink(t, s, *rep.PdfURL, "application/pdf")
		})
	})
}

// checkLink follows an absolute link the API handed out and fails unless it
// answers 200 with the content type.
func checkLink(t *testing.T, s *servertest.Server, link, contentType string) {
	t.Helper()
	path, ok := strings.CutPrefix(link, s.URL)
	if !ok {
		t.Fatalf("link %s does not point at this server (%s)", link, s.URL)
	}
	res, body := get(t, s, path, nil)
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), contentType) {
		t.Errorf("GET %s = %d %s, want 200 %s (%s)", link, res.StatusCode, res.Header.Get("Content-Type"), contentType, fmt.Sprintf("%.100s", body))
	}
}

func pdfToText(t *testing.T, pdf []byte) string {
	t.Helper()
	path, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatal("pdftotext is not installed: apt-get install poppler-utils (.ci/run does)")
	}
	cmd := exec.Command(path, "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}
