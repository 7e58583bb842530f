package rest_test

import "testing"

// oaFraudAndUserVerify exercises POST /v1/fraud/score, /signals, /feedback
// and /v1/user/verify against the OpenAPI document inside TestOpenAPI: every
// magic value of the descriptions, the documented examples, and each error
// status the operations document. key holds fraud:score, fraud:signals and
// user:verify on an application with the FRAUD_SIGNALS and KYC modules.
func oaFraudAndUserVerify(t *testing.T, c *oaClient, key string) {
	t.Run("FraudScore", func(t *testing.T) {
		for body, want := range map[string]string{"x@fraud.test": "decline", "x@review.fraud.test": "review", "x@approve.fraud.test": "approve"} {
			_, out := c.do(t, oaExchange{method: "POST", path: "/v1/fraud/score", auth: key, want: 201, body: map[string]any{"email": body}})
			if got := oaObject(t, out)["decision"]; got != want {
				t.Errorf("email %s: decision %v, want %s", body, got, want)
			}
		}
		for ip, want := range map[string]string{"203.0.113.66": "decline", "203.0.113.44": "review"} {
			_, out := c.do(t, oaExchange{method: "POST", path: "/v1/fraud/score", auth: key, want: 201, body: map[string]any{"ip": ip}})
			if got := oaObject(t, out)["decision"]; got != want {
				t.Errorf("ip %s: decision %v, want %s", ip, got, want)
			}
		}
		c.do(t, oaExchange{method: "POST", path: "/v1/fraud/score", auth: key, want: 201,
			body: map[string]any{"email": "buyer@mailinator.com", "ip": "198.51.100.23", "device_id": "dev_9f2c", "party": "cust_42"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/fraud/score", auth: key, want: 422, wantCode: "validation_error", field: "ip",
			body: map[string]any{"ip": "300.1.1.1"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/fraud/score", auth: key, want: 422, wantCode: "validation_error", field: "email",
			body: map[string]any{}, badRequest: true})
	})
	t.Run("FraudSignals", func(t *testing.T) {
		c.do(t, oaExchange{method: "POST", path: "/v1/fraud/signals", auth: key, want: 200,
			body: map[string]any{"email": "buyer@mailinator.com", "party": "cust_42"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/fraud/signals", auth: key, want: 422, wantCode: "validation_error", field: "email",
			body: map[string]any{"email": "not an email"}})
	})
	t.Run("FraudFeedback", func(t *testing.T) {
		_, out := c.do(t, oaExchange{method: "POST", path: "/v1/fraud/score", auth: key, want: 201, body: map[string]any{"party": "cust_77"}})
		id := oaObject(t, out)["id"]
		c.do(t, oaExchange{method: "POST", path: "/v1/fraud/feedback", auth: key, want: 201,
			body: map[string]any{"check_id": id, "outcome": "fraud", "note": "chargeback 4837"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/fraud/feedback", auth: key, want: 200,
			body: map[string]any{"check_id": id, "outcome": "legitimate"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/fraud/feedback", auth: key, want: 404, wantCode: "not_found",
			body: map[string]any{"check_id": "frd_01jd000000000000000000000", "outcome": "fraud"}})
		c.do(t, oaExchange{method: "POST", path: "/v1/fraud/feedback", auth: key, want: 422, wantCode: "validation_error", field: "outcome",
			body: map[string]any{"check_id": id, "outcome": "maybe"}, badRequest: true})
	})
	t.Run("UserVerify", func(t *testing.T) {
		body := func(name, phone, country string) map[string]any {
			return map[string]any{"email": "ana@shop.example", "phone": phone, "name": name, "country": country, "role": "seller"}
		}
		for _, x := range []struct{ name, phone, country, status string }{
			{"Ana Lopez", "+49301234567", "DE", "verified"},
			{"Rejected", "+49301234567", "DE", "rejected"},
			{"Review", "+49301234567", "DE", "review"},
			{"Verified", "+33612345678", "DE", "verified"},
			{"Ana Lopez", "+15005550006", "US", "review"},
			{"Ana Lopez", "+15005550001", "US", "rejected"},
		} {
			_, out := c.do(t, oaExchange{method: "POST", path: "/v1/user/verify", auth: key, want: 201, body: body(x.name, x.phone, x.country)})
			if got := oaObject(t, out)["status"]; got != x.status {
				t.Errorf("%s %s: status %v, want %s", x.name, x.phone, got, x.status)
			}
		}
		c.do(t, oaExchange{method: "POST", path: "/v1/user/verify", auth: key, want: 422, wantCode: "validation_error", field: "country",
			body: body("Ana", "+49301234567", "Germany")})
		c.do(t, oaExchange{method: "POST", path: "/v1/user/verify", auth: key, want: 422, wantCode: "validation_error", field: "role",
			body: map[string]any{"email": "a@b.example", "phone": "+49301234567", "name": "Ana", "country": "DE", "role": "admin"}, badRequest: true})
	})
}
