// Package reason holds one explanation of a fraud score: a stable machine
// code, a human message and the weight it added. It is its own small package
// so the ent schema can store reasons as JSON without importing the fraud
// package (which imports ent).
package reason

// Reason is one signal that contributed to a fraud check's score.
type Reason struct {
	// Code is stable and machine-readable, e.g. "disposable_email".
	Code string `json:"code"`
	// Message says why, in a sentence a partner can show its support staff.
	Message string `json:"message"`
	// Weight is what the signal added to the score (0–100); 0 for a signal
	// that is reported but does not count, such as confirmed legitimate use.
	Weight int `json:"weight"`
}
