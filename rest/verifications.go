package rest

import (
	"net/http"
	"strings"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/rfiitem"
	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/verification"
)

// The JSON shapes of seed 002, field for field.

type supplierJSON struct {
	Name        string  `json:"name"`
	CountryCode string  `json:"country_code"`
	Tier        string  `json:"tier,omitempty"`
	TrustScore  *int    `json:"trust_score,omitempty"`
	RiskBand    *string `json:"risk_band,omitempty"`
}

type caseJSON struct {
	ID             string          `json:"id"`
	VerificationID string          `json:"verification_id"`
	Status         string          `json:"status"`
	Supplier       supplierJSON    `json:"supplier"`
	Report         *caseReportJSON `json:"report,omitempty"`
	RFI            *rfiJSON        `json:"rfi,omitempty"`
	CreatedAt      *time.Time      `json:"created_at,omitempty"`
}

type caseReportJSON struct {
	LifecycleStatus string     `json:"lifecycle_status"`
	SignedAt        *time.Time `json:"signed_at"`
	ValidUntil      *time.Time `json:"valid_until"`
	VerifyURL       *string    `json:"verify_url"`
	signatureJSON
}

// signatureJSON is a signed report's signature, added to the seed's report
// shapes (null until the report is signed).
type signatureJSON struct {
	Digest    *string `json:"digest"`
	Signature *string `json:"signature"`
	KeyID     *string `json:"key_id"`
}

func toSignatureJSON(r *ent.Report) signatureJSON {
	return signatureJSON{Digest: r.Digest, Signature: r.Signature, KeyID: r.KeyID}
}

// rfiJSON is a case's requests for information: every item asked for, with
// how many are still open.
type rfiJSON struct {
	Open  int           `json:"open"`
	Items []rfiItemJSON `json:"items"`
}

type rfiItemJSON struct {
	ID           string     `json:"id"`
	Kind         string     `json:"kind"`
	DocumentKind *string    `json:"document_kind"`
	Message      string     `json:"message"`
	Status       string     `json:"status"`
	Answer       *string    `json:"answer,omitempty"`
	DocumentID   *string    `json:"document_id,omitempty"`
	AnsweredAt   *time.Time `json:"answered_at"`
}

func toRFIItemJSON(it *ent.RFIItem) rfiItemJSON {
	return rfiItemJSON{ID: it.ID, Kind: lower(it.Kind), DocumentKind: lowerPtr(it.DocumentKind), Message: it.Message,
		Status: lower(it.Status), Answer: it.Answer, DocumentID: it.DocumentID, AnsweredAt: it.AnsweredAt}
}

func lower[T ~string](v T) string { return strings.ToLower(string(v)) }

func lowerPtr[T ~string](v *T) *string {
	if v == nil {
		return nil
	}
	s := lower(*v)
	return &s
}

type createVerificationBody struct {
	SupplierName    string  `json:"supplier_name"`
	CountryCode     string  `json:"country_code"`
	Tier            string  `json:"tier"`
	Package         string  `json:"package"`
	ContactEmail    string  `json:"contact_email"`
	ClientReference *string `json:"client_reference"`
}

func (h *handler) createVerification(c call) error {
	var b createVerificationBody
	if err := c.decode(&b); err != nil {
		return err
	}
	v, err := h.Verifications.Create(c.ctx(), verification.CreateInput(b))
	if err != nil {
		return err
	}
	out := toCaseJSON(v, false)
	out.CreatedAt = &v.CreatedAt
	return c.json(http.StatusCreated, out)
}

func (h *handler) listVerifications(c call) error {
	limit, err := parseLimit(c.query("limit"), verification.MaxLimit)
	if err != nil {
		return err
	}
	page, err := h.Verifications.List(c.ctx(), verification.ListInput{Status: c.query("status"), Cursor: c.query("cursor"), Limit: limit})
	if err != nil {
		return err
	}
	data := make([]caseJSON, len(page.Cases))
	for i, v := range page.Cases {
		data[i] = toCaseJSON(v, false)
	}
	return c.json(http.StatusOK, map[string]any{"data": data, "next_cursor": nilIfEmpty(page.NextCursor)})
}

func (h *handler) getVerification(c call) error {
	v, err := h.Verifications.Get(c.ctx(), c.path("id"))
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, toCaseJSON(v, true))
}

// toCaseJSON shows a case as seed 002 does: the list and create shapes name
// the supplier's tier, the single-case shape its score and band, and its
// report.
func toCaseJSON(v *ent.VerificationCase, detail bool) caseJSON {
	out := caseJSON{ID: v.ID, VerificationID: v.VerificationID, Status: lower(v.Status),
		Supplier: supplierJSON{Name: v.SupplierName, CountryCode: v.CountryCode}}
	if !detail {
		out.Supplier.Tier = lower(v.Tier)
		return out
	}
	out.Supplier.TrustScore, out.Supplier.RiskBand = v.TrustScore, lowerPtr(v.RiskBand)
	if rep := v.Edges.Report; rep != nil {
		out.Report = &caseReportJSON{LifecycleStatus: lower(rep.LifecycleStatus), SignedAt: rep.SignedAt,
			ValidUntil: rep.ValidUntil, VerifyURL: rep.VerifyURL, signatureJSON: toSignatureJSON(rep)}
	}
	if len(v.Edges.RfiItems) > 0 {
		out.RFI = &rfiJSON{Items: make([]rfiItemJSON, len(v.Edges.RfiItems))}
		for i, it := range v.Edges.RfiItems {
			out.RFI.Items[i] = toRFIItemJSON(it)
			if it.Status == rfiitem.StatusOPEN {
				out.RFI.Open++
			}
		}
	}
	return out
}

type documentBody struct {
	Kind        string `json:"kind"`
	Filename    string `json:"filename"`
	StoragePath string `json:"storage_path"`
	SHA256      string `json:"sha256"`
	RFIItemID   string `json:"rfi_item_id"`
}

func (h *handler) createDocument(c call) error {
	var b documentBody
	if err := c.decode(&b); err != nil {
		return err
	}
	d, err := h.Verifications.AddDocument(c.ctx(), c.path("id"), verification.DocumentInput(b))
	if err != nil {
		return err
	}
	out := map[string]any{"id": d.ID, "kind": lower(d.Kind), "status": lower(d.Status)}
	if d.RfiItemID != nil {
		out["rfi_item_id"] = *d.RfiItemID
	}
	return c.json(http.StatusCreated, out)
}

type answerBody struct {
	Text string `json:"text"`
}

func (h *handler) answerRFIItem(c call) error {
	var b answerBody
	if err := c.decode(&b); err != nil {
		return err
	}
	it, err := h.Verifications.AnswerQuestion(c.ctx(), c.path("id"), c.path("itemId"), b.Text)
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, toRFIItemJSON(it))
}

type advanceBody struct {
	To string `json:"to"`
}

// advanceVerification is the sandbox test helper: it walks a TEST case to a
// state through every step in between, firing each step's webhook.
func (h *handler) advanceVerification(c call) error {
	var b advanceBody
	if err := c.decode(&b); err != nil {
		return err
	}
	v, err := h.Verifications.Advance(c.ctx(), c.path("id"), b.To)
	if err != nil {
		return err
	}
	return c.json(http.StatusOK, toCaseJSON(v, true))
}

// reportCoreJSON is what every report shape carries.
type reportCoreJSON struct {
	LifecycleStatus string     `json:"lifecycle_status"`
	SignedAt        *time.Time `json:"signed_at"`
	ValidUntil      *time.Time `json:"valid_until"`
	VerifyURL       *string    `json:"verify_url"`
	PDFURL          *string    `json:"pdf_url"`
	signatureJSON
}

func toReportCoreJSON(rep *ent.Report) reportCoreJSON {
	return reportCoreJSON{LifecycleStatus: lower(rep.LifecycleStatus), SignedAt: rep.SignedAt, ValidUntil: rep.ValidUntil,
		VerifyURL: rep.VerifyURL, PDFURL: rep.PdfURL, signatureJSON: toSignatureJSON(rep)}
}

type reportListJSON struct {
	VerificationID string `json:"verification_id"`
	reportCoreJSON
}

func (h *handler) listReports(c call) error {
	reps, err := h.Verifications.Reports(c.ctx())
	if err != nil {
		return err
	}
	data := make([]reportListJSON, len(reps))
	for i, rep := range reps {
		data[i] = reportListJSON{VerificationID: rep.Edges.Case.VerificationID, reportCoreJSON: toReportCoreJSON(rep)}
	}
	return c.json(http.StatusOK, map[string]any{"data": data})
}

type reportJSON struct {
	VerificationID string  `json:"verification_id"`
	SupplierName   string  `json:"supplier_name"`
	Country        string  `json:"country"`
	TrustScore     *int    `json:"trust_score"`
	RiskBand       *string `json:"risk_band"`
	ReportStatus   string  `json:"report_status"`
	reportCoreJSON
}

func (h *handler) getReport(c call) error {
	rep, err := h.Verifications.Report(c.ctx(), c.path("verificationId"))
	if err != nil {
		return err
	}
	v := rep.Edges.Case
	return c.json(http.StatusOK, reportJSON{
		VerificationID: v.VerificationID, SupplierName: v.SupplierName, Country: country.Name(v.CountryCode),
		TrustScore: rep.TrustScore, RiskBand: lowerPtr(rep.RiskBand),
		ReportStatus: verification.ReportStatus(rep, h.Now()), reportCoreJSON: toReportCoreJSON(rep),
	})
}
