// Package samples is the one source of the code samples, the Postman
// collection and the industry starter files: Catalog describes, per
// operation of rest/openapi.json, what a sample sends and what it prints,
// and the generator under gen/ writes every artefact from it (go generate).
//
// Adding an operation is one entry in Catalog: its method, path and summary
// come from the OpenAPI document, so the entry only says what the document
// cannot (the example values, where a path parameter's value comes from,
// which field of the answer matters).
package samples

//go:generate go run ./gen -root ../..

// Sample describes one operation's sample. Catalog's order is the order a
// runner (and the Postman collection) calls them in, so an id one sample
// prints can be the path parameter or body value of a later one.
type Sample struct {
	// OperationID names the operation in rest/openapi.json.
	OperationID string
	// Params maps each path parameter to the environment variable a sample
	// reads its value from (KEYBS_CASE_ID for {id} of a verification).
	Params map[string]string
	// Fixed gives path parameters a literal value instead of a variable
	// ("primitiveId": "screening.individual"), for a path that names what
	// the operation does rather than a resource.
	Fixed map[string]string
	// Query is appended to the path as is ("limit=10"); "$KEYBS_X" in it
	// is replaced by the environment variable KEYBS_X.
	Query string
	// Body is the JSON request body, or "" for none. A string value
	// "$KEYBS_X" is replaced by the environment variable KEYBS_X.
	Body string
	// Print is the field of the JSON answer the sample prints, as a dotted
	// path ("id", "data.0.verification_id"); the printed value is what a
	// later sample reads from Saves.
	Print string
	// Saves names the environment variable a later sample reads the
	// printed value from, or "".
	Saves string
	// Public operations send no API key.
	Public bool
	// Note is a sentence the sample's comment adds (sandbox magic values).
	Note string
	// Group is the Postman folder when not the operation's tag: a test
	// helper sits with the resource it moves, where newman's run needs it.
	Group string
}

// Catalog is every operation a partner's backend calls with an API key (plus
// the public ones it calls without). Key management takes a portal session,
// not an API key, so it has no samples.
var Catalog = []Sample{
	{OperationID: "createVerification", Print: "id", Saves: "KEYBS_CASE_ID",
		Body: `{"supplier_name": "Acme Trading Co.", "country_code": "IN", "tier": "tier2", "package": "standard", "contact_email": "ops@acme.example", "client_reference": "PO-2026-0042"}`},
	{OperationID: "getVerification", Params: map[string]string{"id": "KEYBS_CASE_ID"}, Print: "verification_id", Saves: "KEYBS_VERIFICATION_ID"},
	{OperationID: "listVerifications", Query: "status=submitted&limit=10", Print: "data.0.verification_id"},
	{OperationID: "createDocument", Params: map[string]string{"id": "KEYBS_CASE_ID"}, Print: "status",
		Body: `{"kind": "trade_license", "filename": "license.pdf", "storage_path": "tenants/acme/license.pdf", "sha256": "9af15b336e6a9619928537df30b2e6a2376569fcf9d7e773eccede65606529a0"}`},
	{OperationID: "advanceVerification", Params: map[string]string{"id": "KEYBS_CASE_ID"}, Print: "status",
		Body: `{"to": "published"}`, Group: "Reports", Note: "Sandbox only: a TEST key walks its case to the state, sending every webhook on the way."},
	{OperationID: "listReports", Print: "data.0.verification_id"},
	{OperationID: "getReport", Params: map[string]string{"verificationId": "KEYBS_VERIFICATION_ID"}, Print: "lifecycle_status"},
	{OperationID: "verifyAttestation", Params: map[string]string{"verificationId": "KEYBS_VERIFICATION_ID"}, Print: "valid", Public: true},
	{OperationID: "getTrustScore", Query: "verification_id=$KEYBS_VERIFICATION_ID", Print: "trust_score"},
	{OperationID: "getTrustBadge", Query: "verification_id=$KEYBS_VERIFICATION_ID", Print: "embed_snippet"},
	{OperationID: "createShareToken", Print: "token", Saves: "KEYBS_SHARE_TOKEN",
		Body: `{"verification_id": "$KEYBS_VERIFICATION_ID", "fields": ["verification_id", "supplier_name", "trust_score", "state"], "max_uses": 5, "expires_in": 86400}`},
	{OperationID: "listShareTokens", Print: "data.0.id", Saves: "KEYBS_SHARE_TOKEN_ID"},
	{OperationID: "verifyShareToken", Print: "supplier_name", Public: true, Body: `{"token": "$KEYBS_SHARE_TOKEN"}`},
	{OperationID: "revokeShareToken", Params: map[string]string{"id": "KEYBS_SHARE_TOKEN_ID"}, Print: "status"},
	{OperationID: "testWebhook", Print: "event_id", Body: `{}`},
	{OperationID: "verifyKyc", Print: "id", Saves: "KEYBS_KYC_ID",
		Body: `{"first_name": "Ada", "last_name": "Pending", "date_of_birth": "1996-11-23", "country": "GB", "document_type": "passport", "document_number": "123456789", "reference": "cust-1"}`,
		Note: "In the sandbox the last name Pending keeps the check pending until the completeKyc test helper decides it."},
	{OperationID: "getKyc", Params: map[string]string{"id": "KEYBS_KYC_ID"}, Print: "status"},
	{OperationID: "completeKyc", Params: map[string]string{"id": "KEYBS_KYC_ID"}, Print: "status", Body: `{"status": "verified"}`,
		Group: "KYC", Note: "Sandbox only: decides a pending TEST check."},
	{OperationID: "verifyUser", Print: "status",
		Body: `{"email": "ana@shop.example", "phone": "+49301234567", "name": "Ana Lopez", "country": "DE", "role": "seller"}`,
		Note: "In the sandbox the name Rejected, Review or Verified forces that status, as do the phones +15005550006 (review) and +15005550001 (rejected)."},
	{OperationID: "scoreFraud", Print: "id", Saves: "KEYBS_FRAUD_CHECK_ID",
		Body: `{"email": "buyer@review.fraud.test", "ip": "198.51.100.23", "device_id": "dev_9f2c", "party": "cust_42"}`,
		Note: "In the sandbox an email at fraud.test declines (score 95), at review.fraud.test reviews (55), at approve.fraud.test approves; the IP 203.0.113.66 declines, 203.0.113.44 reviews."},
	{OperationID: "readFraudSignals", Print: "signals.checks_1h", Body: `{"email": "buyer@review.fraud.test", "party": "cust_42"}`},
	{OperationID: "sendFraudFeedback", Print: "outcome", Body: `{"check_id": "$KEYBS_FRAUD_CHECK_ID", "outcome": "fraud", "note": "chargeback 4837"}`},
	{OperationID: "invokePrimitive", Fixed: map[string]string{"primitiveId": "screening.individual"}, Print: "result",
		Body: `{"name": "Ivan Sidorov", "country": "RU"}`,
		Note: "The other primitives are screening.entity, document.check and device_intel.ip; the demo list's names, such as Ivan Sidorov, give a possible match."},
	{OperationID: "getOpenAPI", Print: "openapi", Public: true},
}
