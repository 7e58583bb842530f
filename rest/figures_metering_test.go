package rest_test

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/keybs/platform/ent/meteredunit"
	"github.com/keybs/platform/internal/industry"
	"github.com/keybs/platform/internal/scope"
	"github.com/keybs/platform/internal/testdb"
	"github.com/keybs/platform/internal/testkit"
	"github.com/keybs/platform/server/servertest"
)

const figuresQuery = `query($env: Environment) { domainFigures(environment: $env) {
  environment
  transactionChecks { checks approved reviewed declined }
  fraud { checks approved reviewed declined flagged confirmedFraud confirmedLegitimate flaggedConfirmedFraud flaggedConfirmedLegitimate precision }
  disputes { opened open underReview won lost resolved winRate }
  kyc { checks verified rejected review pending passRate }
  escrowVolume { status currency count amount }
} }`

const billingQuery = `query($env: Environment, $period: String) { billing(environment: $env, period: $period) {
  period environment industry pricingModel
  units { unit quantity currency }
  lines { description unit quantity amount { amount currency } }
  estimatedCharge { amount currency }
  otherCharges { amount currency }
} }`

type figuresJSON struct {
	DomainFigures struct {
		Environment       string
		TransactionChecks struct{ Checks, Approved, Reviewed, Declined int }
		Fraud             struct {
			Checks, Approved, Reviewed, Declined, Flagged, ConfirmedFraud, ConfirmedLegitimate int
			FlaggedConfirmedFraud, FlaggedConfirmedLegitimate                                  int
			Precision                                                                          *float64
		}
		Disputes struct {
			Opened, Open, UnderReview, Won, Lost, Resolved int
			WinRate                                        *float64
		}
		KYC struct {
			Checks, Verified, Rejected, Review, Pending int
			PassRate                                    *float64
		} `json:"kyc"`
		EscrowVolume []struct {
			Status, Currency string
			Count            int
			Amount           int64
		}
	}
}

type amountJSON struct {
	Amount   int64
	Currency string
}

type billingJSON struct {
	Billing struct {
		Period, Environment, Industry, PricingModel string
		Units                                       []struct {
			Unit     string
			Quantity int64
			Currency *string
		}
		Lines []struct {
			Description, Unit string
			Quantity          int64
			Amount            amountJSON
		}
		EstimatedCharge amountJSON
		OtherCharges    []amountJSON
	}
}

// TestFiguresAndMeteringFollowTheCalls makes real module calls with a test
// key and checks that the domain figures and the metered units are exactly
// what the calls produced: failed calls, reads, feedback and an idempotent
// replay bill nothing; another tenant and the live environment see none of
// it; units are priced under the industry they were recorded with.
func TestFiguresAndMeteringFollowTheCalls(t *testing.T) {
	testdb.Each(t, func(t *testing.T, dbURL string) {
		s := servertest.Start(t, dbURL)
		cs := &contractServer{Server: s, api: v1Client{base: s.URL, client: s.HTTP.Client()}}
		cs.Owner = s.SignUp(t, "owner@figures.example", "Figures Fintech")
		enableModules(t, cs, cs.Owner.TenantID, scope.ModuleKYC, scope.ModuleTransactionMonitoring,
			scope.ModuleFraudSignals, scope.ModuleEscrow, scope.ModuleDisputes)
		key := cs.mustTestKey(t).Secret
		other := s.SignUp(t, "owner@elsewhere.example", "Elsewhere")
		post := func(t *testing.T, path string, body map[string]any, headers ...string) v1Response {
			t.Helper()
			req := v1Request{Method: http.MethodPost, Path: path, Key: key, Body: body}
			if len(headers) == 2 {
				req.Header = map[string]string{headers[0]: headers[1]}
			}
			return cs.api.do(t, req)
		}
		id := func(r map[string]any) string { return r["id"].(string) }

		// KYC: three verified (one sent twice with one Idempotency-Key), one
		// rejected, one in review; a 422 stores and bills nothing.
		post(t, "/v1/kyc/verify", kycBody(nil)).wantOK(t, 201)
		post(t, "/v1/kyc/verify", kycBody(nil)).wantOK(t, 201)
		first := post(t, "/v1/kyc/verify", kycBody(nil), "Idempotency-Key", "figures-kyc-1").wantOK(t, 201)
		replay := post(t, "/v1/kyc/verify", kycBody(nil), "Idempotency-Key", "figures-kyc-1")
		if replay.Status != 201 || replay.Header.Get("Idempotent-Replayed") != "true" || id(replay.object(t)) != id(first) {
			t.Fatalf("replay %s", replay)
		}
		post(t, "/v1/kyc/verify", kycBody(map[string]any{"last_name": "Rejected"})).wantOK(t, 201)
		post(t, "/v1/kyc/verify", kycBody(map[string]any{"last_name": "Review"})).wantOK(t, 201)
		post(t, "/v1/kyc/verify", kycBody(map[string]any{"country": "ZZ"})).wantError(t, 422, "validation_error")
		cs.api.do(t, v1Request{Method: http.MethodGet, Path: "/v1/kyc/" + id(first), Key: key}).wantOK(t, 200)
		post(t, "/v1/kyc/agecheck", map[string]any{"date_of_birth": "1990-01-01", "country": "GB"}).wantOK(t, 200)

		// Transaction checks, one per decision (magic amounts, distinct parties).
		var txc string
		for i, amount := range []int{22200, 44400, 66600} {
			r := post(t, "/v1/transaction/check", txcBody(map[string]any{"amount": amount,
				"party": map[string]any{"id": []string{"p1", "p2", "p3"}[i], "country": "DE"}})).wantOK(t, 201)
			txc = id(r)
		}

		// Fraud: approve, review, decline; feedback confirms the decline as
		// fraud and the review as legitimate (precision 1/2).
		post(t, "/v1/fraud/score", map[string]any{"email": "ann@example.com"}).wantOK(t, 201)
		review := post(t, "/v1/fraud/score", map[string]any{"email": "x@review.fraud.test"}).wantOK(t, 201)
		decline := post(t, "/v1/fraud/score", map[string]any{"email": "y@fraud.test"}).wantOK(t, 201)
		post(t, "/v1/fraud/feedback", map[string]any{"check_id": id(decline), "outcome": "fraud"}).wantOK(t, 201)
		post(t, "/v1/fraud/feedback", map[string]any{"check_id": id(review), "outcome": "legitimate"}).wantOK(t, 201)
		post(t, "/v1/fraud/signals", map[string]any{"email": "ann@example.com"}).wantOK(t, 200)

		// Escrows: 7.00 EUR left initiated, 50.00 USD funded then disputed;
		// a dispute on the declined transaction check is won at once.
		post(t, "/v1/escrow/initiate", escrowBody(map[string]any{"amount": 700, "currency": "EUR"})).wantOK(t, 201)
		usd := post(t, "/v1/escrow/initiate", escrowBody(map[string]any{"amount": 5000, "currency": "USD"})).wantOK(t, 201)
		post(t, "/v1/escrow/funds", map[string]any{"escrow_id": id(usd), "action": "fund"}).wantOK(t, 200)
		post(t, "/v1/escrow/funds", map[string]any{"escrow_id": id(usd), "action": "release", "amount": 1}).wantError(t, 422, "validation_error")
		post(t, "/v1/disputes/open", map[string]any{"escrow_id": id(usd), "reason": "product_not_received"}).wantOK(t, 201)
		post(t, "/v1/disputes/open", map[string]any{"transaction_check_id": txc, "reason": "fraudulent", "description": "winning_evidence"}).wantOK(t, 201)

		t.Run("FiguresAreWhatTheCallsProduced", func(t *testing.T) {
			var f figuresJSON
			s.GraphQL(t, cs.Owner.AccessToken, figuresQuery, map[string]any{"env": "TEST"}).Decode(t, &f)
			d := f.DomainFigures
			if d.Environment != "TEST" || d.TransactionChecks != (struct{ Checks, Approved, Reviewed, Declined int }{3, 1, 1, 1}) {
				t.Errorf("transaction checks %+v", d.TransactionChecks)
			}
			fr := d.Fraud
			if fr.Checks != 3 || fr.Approved != 1 || fr.Reviewed != 1 || fr.Declined != 1 || fr.Flagged != 2 || fr.ConfirmedFraud != 1 ||
				fr.ConfirmedLegitimate != 1 || fr.FlaggedConfirmedFraud != 1 || fr.FlaggedConfirmedLegitimate != 1 || fr.Precision == nil || *fr.Precision != 0.5 {
				t.Errorf("fraud %+v precision %v", fr, fr.Precision)
			}
			if dp := d.Disputes; dp.Opened != 2 || dp.Open != 1 || dp.Won != 1 || dp.Resolved != 1 || dp.Lost != 0 || dp.WinRate == nil || *dp.WinRate != 1 {
				t.Errorf("disputes %+v", dp)
			}
			if k := d.KYC; k.Checks != 5 || k.Verified != 3 || k.Rejected != 1 || k.Review != 1 || k.PassRate == nil || *k.PassRate != 0.75 {
				t.Errorf("kyc %+v", k)
			}
			got, _ := json.Marshal(d.EscrowVolume)
			if want := `[{"Status":"initiated","Currency":"EUR","Count":1,"Amount":700},{"Status":"disputed","Currency":"USD","Count":1,"Amount":5000}]`; string(got) != want {
				t.Errorf("escrow volume %s, want %s", got, want)
			}
		})

		t.Run("LiveAndOtherTenantsSeeNothing", func(t *testing.T) {
			var f figuresJSON
			s.GraphQL(t, cs.Owner.AccessToken, figuresQuery, map[string]any{"env": "LIVE"}).Decode(t, &f)
			if f.DomainFigures.KYC.Checks != 0 || f.DomainFigures.Fraud.Checks != 0 || len(f.DomainFigures.EscrowVolume) != 0 {
				t.Errorf("live figures %+v", f.DomainFigures)
			}
			s.GraphQL(t, other.AccessToken, figuresQuery, map[string]any{"env": "TEST"}).Decode(t, &f)
			if f.DomainFigures.KYC.Checks != 0 || f.DomainFigures.TransactionChecks.Checks != 0 || f.DomainFigures.Disputes.Opened != 0 {
				t.Errorf("another tenant's figures %+v", f.DomainFigures)
			}
			var b billingJSON
			s.GraphQL(t, other.AccessToken, billingQuery, map[string]any{"env": "TEST"}).Decode(t, &b)
			if len(b.Billing.Units) != 0 || b.Billing.EstimatedCharge.Amount != 0 {
				t.Errorf("another tenant's billing %+v", b.Billing)
			}
		})

		// 6 KYC (5 checks and the age check) + 3 transaction checks + 4 fraud
		// (3 scores, 1 signals) + 2 escrows + 1 move + 2 disputes = 18 calls.
		const calls = 18
		t.Run("FintechPaysPerCallInBands", func(t *testing.T) {
			var b billingJSON
			s.GraphQL(t, cs.Owner.AccessToken, billingQuery, map[string]any{"env": "TEST"}).Decode(t, &b)
			bl := b.Billing
			if bl.Industry != "FINTECH" || bl.PricingModel != "per_call" || bl.Environment != "TEST" || bl.Period != time.Now().UTC().Format("2006-01") {
				t.Errorf("billing %+v", bl)
			}
			if len(bl.Units) != 1 || bl.Units[0].Unit != "CALL" || bl.Units[0].Quantity != calls {
				t.Fatalf("units %+v, want %d CALL", bl.Units, calls)
			}
			// 0.4 US cents a call in the first band: 7.2 → 7.
			if bl.EstimatedCharge != (amountJSON{7, "USD"}) || len(bl.OtherCharges) != 0 {
				t.Errorf("charge %+v %+v, want 7 USD", bl.EstimatedCharge, bl.OtherCharges)
			}
			n, err := cs.DB.Client.MeteredUnit.Query().Where(meteredunit.TenantID(cs.Owner.TenantID)).Count(testkit.System())
			if err != nil || n != calls {
				t.Fatalf("%d metered rows (%v), want %d", n, err, calls)
			}
		})

		t.Run("UnitsArePricedUnderTheIndustryOfTheCall", func(t *testing.T) {
			if err := cs.DB.Client.Tenant.UpdateOneID(cs.Owner.TenantID).SetIndustry(industry.IGaming).Exec(testkit.System()); err != nil {
				t.Fatal(err)
			}
			post(t, "/v1/kyc/verify", kycBody(nil)).wantOK(t, 201)
			post(t, "/v1/kyc/agecheck", map[string]any{"date_of_birth": "1990-01-01", "country": "GB"}).wantOK(t, 200)
			post(t, "/v1/fraud/score", map[string]any{"email": "bob@example.com"}).wantOK(t, 201)
			var b billingJSON
			s.GraphQL(t, cs.Owner.AccessToken, billingQuery, map[string]any{"env": "TEST"}).Decode(t, &b)
			bl := b.Billing
			if bl.Industry != "IGAMING" || bl.PricingModel != "kyc_fraud_bundle" {
				t.Errorf("billing %+v", bl)
			}
			got, _ := json.Marshal(bl.Units)
			if want := `[{"Unit":"CALL","Quantity":18,"Currency":null},{"Unit":"KYC_CHECK","Quantity":2,"Currency":null},{"Unit":"FRAUD_CHECK","Quantity":1,"Currency":null}]`; string(got) != want {
				t.Errorf("units %s, want %s", got, want)
			}
			// 7 for the fintech calls, one bundle (90) and a KYC check alone (80).
			if bl.EstimatedCharge != (amountJSON{7 + 90 + 80, "USD"}) {
				t.Errorf("charge %+v, want 177 USD; lines %+v", bl.EstimatedCharge, bl.Lines)
			}
		})

		t.Run("ECommercePaysPerVerificationAndPerMilleOfVolume", func(t *testing.T) {
			if err := cs.DB.Client.Tenant.UpdateOneID(cs.Owner.TenantID).SetIndustry(industry.Ecommerce).Exec(testkit.System()); err != nil {
				t.Fatal(err)
			}
			post(t, "/v1/kyc/verify", kycBody(nil)).wantOK(t, 201)
			for range 2 {
				post(t, "/v1/escrow/initiate", escrowBody(map[string]any{"amount": 550, "currency": "EUR"})).wantOK(t, 201)
			}
			var b billingJSON
			s.GraphQL(t, cs.Owner.AccessToken, billingQuery, map[string]any{"env": "TEST"}).Decode(t, &b)
			bl := b.Billing
			got, _ := json.Marshal(bl.Units)
			if want := `[{"Unit":"CALL","Quantity":18,"Currency":null},{"Unit":"VERIFICATION","Quantity":1,"Currency":null},` +
				`{"Unit":"KYC_CHECK","Quantity":2,"Currency":null},{"Unit":"FRAUD_CHECK","Quantity":1,"Currency":null},` +
				`{"Unit":"TRANSACTION_VOLUME","Quantity":1100,"Currency":"EUR"}]`; string(got) != want {
				t.Errorf("units %s, want %s", got, want)
			}
			// 50 for the verification; 5 ‰ of the month's 1100 EUR cents is 5.5,
			// charged 6 once (not 3 + 3), in EUR.
			if bl.EstimatedCharge != (amountJSON{177 + 50, "USD"}) || len(bl.OtherCharges) != 1 || bl.OtherCharges[0] != (amountJSON{6, "EUR"}) {
				t.Errorf("charge %+v other %+v; lines %+v", bl.EstimatedCharge, bl.OtherCharges, bl.Lines)
			}
		})

		t.Run("ABadPeriodIsRefusedNamingIt", func(t *testing.T) {
			e := s.GraphQL(t, cs.Owner.AccessToken, billingQuery, map[string]any{"env": "TEST", "period": "december"}).Err(t)
			if e.Code() != "validation_error" || e.Field() != "period" {
				t.Fatalf("error %+v", e)
			}
			var b billingJSON
			s.GraphQL(t, cs.Owner.AccessToken, billingQuery, map[string]any{"env": "TEST", "period": "2020-01"}).Decode(t, &b)
			if len(b.Billing.Units) != 0 || b.Billing.Period != "2020-01" {
				t.Errorf("an old month %+v", b.Billing)
			}
		})
	})
}
