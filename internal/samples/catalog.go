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
	// Query is appended to the path ("limit=10"); "$KEYBS_X" in it is the
	// environment variable KEYBS_X, escaped.
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
	// Session operations (key management, the audit log) take a portal
	// session's access token, KEYBS_PORTAL_TOKEN, instead of an API key.
	Session bool
	// Download names the file a sample saves a non-JSON answer to (a PDF,
	// an HTML page); the sample prints that name instead of a field, and
	// Print stays "".
	Download string
}

// Prepared are the variables a sample may read that no earlier sample
// prints: what a developer has from elsewhere (the portal, an analyst's
// request), with the value the runner and the Postman collection use when
// it is fixed. The runner makes the others itself (run_test.go, prepare).
var Prepared = map[string]Variable{
	"KEYBS_PORTAL_TOKEN": {Doc: "the access token of your portal session (seed 003's admin token)"},
	"KEYBS_RFI_CASE_ID":  {Doc: "a case waiting for information (status rfi_requested); in the sandbox, advance one with {\"to\": \"rfi_requested\"}"},
	"KEYBS_RFI_ITEM_ID":  {Doc: "an open question of that case's request for information (rfi.items[].id)"},
	"KEYBS_INDUSTRY":     {Doc: "your industry: fintech, payments, ecommerce, igaming or other", Default: "fintech"},
	"KEYBS_STARTER_LANG": {Doc: "the starter client's language: javascript, python, php, java or go", Default: "javascript"},
}

// Variable is a prepared variable: what it holds, and its fixed value if any.
type Variable struct{ Doc, Default string }

// Excluded are the operations of rest/openapi.json with no sample, each
// with the reason (TestEveryOperationHasASample holds the catalog to it).
var Excluded = map[string]string{}

// Catalog is every operation of rest/openapi.json but Excluded: those a
// partner's backend calls with an API key, the public ones it calls
// without, and key management and the audit log, which take a portal
// session.
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
	{OperationID: "createSdkAccessToken", Print: "sdk_url",
		Body: `{"external_user_id": "user_42", "email": "ops@acme.example", "flow_name": "default", "redirect_url": "https://acme.example/onboarding/done", "expires_in": 3600}`,
		Note: "redirect_url must be one of the application's callback URLs (portal). Send the end user to sdk_url (or embed it in an iframe)."},
	{OperationID: "answerRfiItem", Params: map[string]string{"id": "KEYBS_RFI_CASE_ID", "itemId": "KEYBS_RFI_ITEM_ID"}, Print: "status",
		Body: `{"text": "The registered address is 12 Harbour Road, Mumbai 400001."}`,
		Note: "KEYBS_RFI_ITEM_ID is an open question item (rfi.items[].id of GET /v1/verifications/{id}); in the sandbox, advance a case to rfi_requested to get one."},
	{OperationID: "getSignedReport", Params: map[string]string{"verificationId": "KEYBS_VERIFICATION_ID"}, Print: "digest", Public: true},
	{OperationID: "getSigningKeys", Print: "keys.0.kid", Public: true},
	{OperationID: "verifyPage", Params: map[string]string{"verificationId": "KEYBS_VERIFICATION_ID"}, Download: "verify.html", Public: true},
	{OperationID: "getReportPdf", Params: map[string]string{"verificationId": "KEYBS_VERIFICATION_ID"}, Download: "report.pdf", Public: true},
	{OperationID: "getBadge", Params: map[string]string{"verificationId": "KEYBS_VERIFICATION_ID"}, Download: "badge.html", Public: true},
	{OperationID: "getBadgeEmbed", Params: map[string]string{"verificationId": "KEYBS_VERIFICATION_ID"}, Download: "embed.js", Public: true},
	{OperationID: "checkAge", Print: "allowed", Body: `{"date_of_birth": "2006-04-02", "country": "CA", "region": "ON"}`},
	{OperationID: "checkTransaction", Print: "decision",
		Body: `{"amount": 1250000, "currency": "EUR", "account_currency": "USD", "party": {"id": "cust_42", "country": "DE"}, "counterparty": {"id": "merchant_7", "country": "VN"}, "reference": "order-9001"}`},
	{OperationID: "initiateEscrow", Print: "id", Saves: "KEYBS_ESCROW_ID",
		Body: `{"amount": 12500, "currency": "EUR", "buyer_id": "buyer-1", "seller_id": "seller-9", "description": "Lot 42: a restored bicycle", "reference": "order-7"}`},
	{OperationID: "moveEscrowFunds", Print: "status", Body: `{"escrow_id": "$KEYBS_ESCROW_ID", "action": "fund"}`,
		Note: "fund moves initiated to funded; release pays the seller and refund the buyer."},
	{OperationID: "getEscrow", Params: map[string]string{"id": "KEYBS_ESCROW_ID"}, Print: "status"},
	{OperationID: "openDispute", Print: "id", Saves: "KEYBS_DISPUTE_ID",
		Body: `{"escrow_id": "$KEYBS_ESCROW_ID", "reason": "product_not_received", "description": "The parcel never arrived.", "reference": "claim-3"}`},
	{OperationID: "getDispute", Params: map[string]string{"id": "KEYBS_DISPUTE_ID"}, Print: "status"},
	{OperationID: "resolveDisputeTestHelper", Params: map[string]string{"id": "KEYBS_DISPUTE_ID"}, Print: "status", Body: `{"outcome": "won"}`,
		Group: "Disputes", Note: "Sandbox only: decides a TEST dispute as KeyBS ops would; won refunds the escrow to the buyer."},
	{OperationID: "createApiKey", Session: true, Print: "id", Saves: "KEYBS_KEY_ID",
		Body: `{"name": "CI deploy key", "environment": "test", "scopes": ["verification:read", "report:read"]}`,
		Note: "The secret (key) is in this answer only: store it in a secrets manager."},
	{OperationID: "listApiKeys", Session: true, Query: "environment=test", Print: "data.0.id"},
	{OperationID: "getApiKey", Session: true, Params: map[string]string{"id": "KEYBS_KEY_ID"}, Print: "status"},
	{OperationID: "updateApiKey", Session: true, Params: map[string]string{"id": "KEYBS_KEY_ID"}, Print: "name",
		Body: `{"name": "CI deploy key (reports)", "scopes": ["report:read"]}`},
	{OperationID: "getApiKeyUsage", Session: true, Params: map[string]string{"id": "KEYBS_KEY_ID"}, Query: "granularity=hour", Print: "granularity"},
	{OperationID: "listApiKeyLogs", Session: true, Params: map[string]string{"id": "KEYBS_KEY_ID"}, Query: "limit=10", Print: "data.0.action"},
	{OperationID: "rotateApiKey", Session: true, Params: map[string]string{"id": "KEYBS_KEY_ID"}, Print: "id", Saves: "KEYBS_NEW_KEY_ID",
		Body: `{"grace_period": "1h"}`, Note: "The old key keeps working for the grace period; the successor's secret (key) is in this answer only."},
	{OperationID: "revokeApiKey", Session: true, Params: map[string]string{"id": "KEYBS_NEW_KEY_ID"}, Print: "status",
		Body: `{"reason": "Leaked in a CI log."}`},
	{OperationID: "deleteApiKey", Session: true, Params: map[string]string{"id": "KEYBS_KEY_ID"}, Print: "deleted"},
	{OperationID: "exportAuditLogs", Session: true, Query: "format=json&limit=10", Print: "data.0.action"},
	{OperationID: "getStarterEnv", Params: map[string]string{"industry": "KEYBS_INDUSTRY"}, Download: "keybs.env", Public: true},
	{OperationID: "getStarterClient", Params: map[string]string{"industry": "KEYBS_INDUSTRY", "lang": "KEYBS_STARTER_LANG"}, Download: "client.mjs", Public: true,
		Note: "KEYBS_STARTER_LANG is javascript (the client.mjs saved here), python, php, java or go: name the file to match (client.py, client.php, Client.java, client.go)."},
	{OperationID: "getPostmanEnvironment", Query: "environment=test", Print: "values.0.value", Public: true},
	{OperationID: "getPostmanCollection", Print: "info.name", Public: true},
	{OperationID: "invokePrimitive", Fixed: map[string]string{"primitiveId": "screening.individual"}, Print: "result",
		Body: `{"name": "Ivan Sidorov", "country": "RU"}`,
		Note: "The other primitives are screening.entity, document.check and device_intel.ip; the demo list's names, such as Ivan Sidorov, give a possible match."},
	{OperationID: "getOpenAPI", Print: "openapi", Public: true},
}

// Quickstart names, per industry (lower case, as the portal's
// /quickstart/:industry spells it), the three operations an integration of
// that industry makes first: seed 000's row for it. The served OpenAPI
// document carries it as x-keybs-quickstart, so the portal's quickstart page
// shows each call with its code samples.
var Quickstart = map[string][]string{
	"fintech":   {"verifyKyc", "checkTransaction", "getTrustScore"},
	"payments":  {"checkTransaction", "initiateEscrow", "openDispute"},
	"ecommerce": {"verifyUser", "initiateEscrow", "getTrustBadge"},
	"igaming":   {"checkAge", "verifyKyc", "readFraudSignals"},
	"other":     {"createVerification", "getVerification", "getReport"},
}
