package benchrig

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// ResultPrefix starts every machine-readable result line, so cmd/benchtable
// can pick them out of the tools' human output.
const ResultPrefix = "BENCHRESULT "

// Result is one measured figure against its target: a row of `make bench`'s
// table. Key names the row across runs ("t1.get_ratio.sqlite"); cmd/benchtable
// knows the keys every target needs and shows a missing one as not measured.
type Result struct {
	Key      string  `json:"key"`
	Row      string  `json:"row"`
	Measured float64 `json:"measured"`
	Unit     string  `json:"unit"`
	// Op is how Measured must compare with Target: ">=" or "<=".
	Op     string  `json:"op"`
	Target float64 `json:"target"`
	// Note says what the figure is on (connections, duration).
	Note string `json:"note,omitempty"`
}

// Pass reports whether the figure meets its target.
func (r Result) Pass() bool {
	switch r.Op {
	case ">=":
		return r.Measured >= r.Target
	case "<=":
		return r.Measured <= r.Target
	}
	return false
}

// Out is where Report writes; tools print their human output to stdout too.
var Out io.Writer = os.Stdout

// Report prints r as one result line.
func Report(r Result) {
	b, _ := json.Marshal(r)
	fmt.Fprintf(Out, "%s%s\n", ResultPrefix, b)
}
