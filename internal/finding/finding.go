// Package finding holds the result of one named rule or check: what the KYC
// checks, the risk rules, buyer/seller verification and the primitives report
// one entry each for, stored as JSON with the record they explain.
package finding

// The results a finding can have.
const (
	Pass   = "pass"   // the check found nothing wrong
	Fail   = "fail"   // the check failed: the subject does not qualify
	Review = "review" // a person should look: a possible match, a borderline value
	Hit    = "hit"    // a risk rule fired and added to the score
)

// Finding is one check's or rule's result.
type Finding struct {
	// Name is the check or rule, e.g. "document_format" or "high_risk_jurisdiction".
	Name string `json:"name"`
	// Result is pass, fail, review or hit.
	Result string `json:"result"`
	// Detail says why, in a sentence a partner can show its support staff.
	Detail string `json:"detail"`
	// Score is what a rule added to a risk score (0 for checks).
	Score int `json:"score,omitempty"`
}

// Worst is the most severe result among fs: fail over review over pass.
func Worst(fs []Finding) string {
	worst := Pass
	for _, f := range fs {
		switch f.Result {
		case Fail:
			return Fail
		case Review:
			worst = Review
		}
	}
	return worst
}
