// Package check holds one result of a buyer/seller verification: a stable
// machine code, its result and a human message. It is its own small package
// so the ent schema can store results as JSON without importing the
// userverify package (which imports ent).
package check

// The results a check can have.
const (
	Pass   = "pass"   // nothing wrong
	Review = "review" // a person should look: a possible screening match, a monitored country, a disposable email domain
	Fail   = "fail"   // the subject does not qualify
)

// Result is one check's outcome.
type Result struct {
	// Code is stable and machine-readable, e.g. "phone_format".
	Code string `json:"code"`
	// Result is pass, review or fail.
	Result string `json:"result"`
	// Message says why, in a sentence a partner can show its support staff.
	Message string `json:"message"`
}
