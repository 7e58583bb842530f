package rest

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/fault"
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
	CreatedAt      *time.Time      `json:"created_at,omitempty"`
}

type caseReportJSON struct {
	LifecycleStatus string     `json:"lifecycle_status"`
	SignedAt        *time.Time `json:"signed_at"`
	ValidUntil      *time.Time `json:"valid_until"`
	VerifyURL       *string    `json:"verify_url"`
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

func (h *handler) createVerification(w http.ResponseWriter, r *http.Request) {
	var b createVerificationBody
	if err := decode(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	c, err := h.Verifications.Create(r.Context(), verification.CreateInput(b))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusCreated, caseJSON{
		ID: c.ID, VerificationID: c.VerificationID, Status: lower(c.Status),
		Supplier:  supplierJSON{Name: c.SupplierName, CountryCode: c.CountryCode, Tier: lower(c.Tier)},
		CreatedAt: &c.CreatedAt,
	})
}

func (h *handler) listVerifications(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	in := verification.ListInput{Status: q.Get("status"), Cursor: q.Get("cursor")}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > verification.MaxLimit {
			h.fail(w, r, fault.InvalidField("limit", "limit must be a whole number from 1 to %d", verification.MaxLimit))
			return
		}
		in.Limit = n
	}
	page, err := h.Verifications.List(r.Context(), in)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data := make([]caseJSON, len(page.Cases))
	for i, c := range page.Cases {
		data[i] = caseJSON{ID: c.ID, VerificationID: c.VerificationID, Status: lower(c.Status),
			Supplier: supplierJSON{Name: c.SupplierName, CountryCode: c.CountryCode, Tier: lower(c.Tier)}}
	}
	var next *string
	if page.NextCursor != "" {
		next = &page.NextCursor
	}
	WriteJSON(w, http.StatusOK, map[string]any{"data": data, "next_cursor": next})
}

func (h *handler) getVerification(w http.ResponseWriter, r *http.Request) {
	c, err := h.Verifications.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	out := caseJSON{ID: c.ID, VerificationID: c.VerificationID, Status: lower(c.Status),
		Supplier: supplierJSON{Name: c.SupplierName, CountryCode: c.CountryCode, TrustScore: c.TrustScore, RiskBand: lowerPtr(c.RiskBand)}}
	if rep := c.Edges.Report; rep != nil {
		out.Report = &caseReportJSON{LifecycleStatus: lower(rep.LifecycleStatus), SignedAt: rep.SignedAt,
			ValidUntil: rep.ValidUntil, VerifyURL: rep.VerifyURL}
	}
	WriteJSON(w, http.StatusOK, out)
}

type documentBody struct {
	Kind        string `json:"kind"`
	Filename    string `json:"filename"`
	StoragePath string `json:"storage_path"`
	SHA256      string `json:"sha256"`
}

func (h *handler) createDocument(w http.ResponseWriter, r *http.Request) {
	var b documentBody
	if err := decode(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	d, err := h.Verifications.AddDocument(r.Context(), r.PathValue("id"), verification.DocumentInput(b))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusCreated, map[string]string{"id": d.ID, "kind": lower(d.Kind), "status": lower(d.Status)})
}

type reportListJSON struct {
	VerificationID  string     `json:"verification_id"`
	LifecycleStatus string     `json:"lifecycle_status"`
	SignedAt        *time.Time `json:"signed_at"`
	ValidUntil      *time.Time `json:"valid_until"`
	VerifyURL       *string    `json:"verify_url"`
	PDFURL          *string    `json:"pdf_url"`
}

func (h *handler) listReports(w http.ResponseWriter, r *http.Request) {
	reps, err := h.Verifications.Reports(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data := make([]reportListJSON, len(reps))
	for i, rep := range reps {
		data[i] = reportListJSON{VerificationID: rep.Edges.Case.VerificationID, LifecycleStatus: lower(rep.LifecycleStatus),
			SignedAt: rep.SignedAt, ValidUntil: rep.ValidUntil, VerifyURL: rep.VerifyURL, PDFURL: rep.PdfURL}
	}
	WriteJSON(w, http.StatusOK, map[string]any{"data": data})
}

type reportJSON struct {
	VerificationID  string     `json:"verification_id"`
	SupplierName    string     `json:"supplier_name"`
	Country         string     `json:"country"`
	TrustScore      *int       `json:"trust_score"`
	RiskBand        *string    `json:"risk_band"`
	ReportStatus    string     `json:"report_status"`
	LifecycleStatus string     `json:"lifecycle_status"`
	SignedAt        *time.Time `json:"signed_at"`
	ValidUntil      *time.Time `json:"valid_until"`
	VerifyURL       *string    `json:"verify_url"`
	PDFURL          *string    `json:"pdf_url"`
}

func (h *handler) getReport(w http.ResponseWriter, r *http.Request) {
	rep, err := h.Verifications.Report(r.Context(), r.PathValue("verificationId"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	c := rep.Edges.Case
	WriteJSON(w, http.StatusOK, reportJSON{
		VerificationID: c.VerificationID, SupplierName: c.SupplierName, Country: country.Name(c.CountryCode),
		TrustScore: rep.TrustScore, RiskBand: lowerPtr(rep.RiskBand),
		ReportStatus: verification.ReportStatus(rep, h.Now()), LifecycleStatus: lower(rep.LifecycleStatus),
		SignedAt: rep.SignedAt, ValidUntil: rep.ValidUntil, VerifyURL: rep.VerifyURL, PDFURL: rep.PdfURL,
	})
}
