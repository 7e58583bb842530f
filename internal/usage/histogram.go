package usage

import (
	"math"
	"time"
)

// Bounds are the upper edges of the latency histogram's buckets; the last
// bucket holds everything slower. They match the rollup columns b0..b11, and
// are finest where API calls land (a few milliseconds), so percentiles of
// fast calls are not overstated.
var Bounds = []time.Duration{
	time.Millisecond, 2500 * time.Microsecond, 5 * time.Millisecond, 10 * time.Millisecond,
	25 * time.Millisecond, 50 * time.Millisecond, 100 * time.Millisecond, 250 * time.Millisecond,
	500 * time.Millisecond, time.Second, 5 * time.Second,
}

// Histogram counts latencies per bucket.
type Histogram [12]int64

// bucket returns the bucket of a latency.
func bucket(d time.Duration) int {
	for i, b := range Bounds {
		if d <= b {
			return i
		}
	}
	return len(Bounds)
}

// Add merges o into h.
func (h *Histogram) Add(o Histogram) {
	for i := range h {
		h[i] += o[i]
	}
}

// Quantile estimates the q-quantile (0..1) in milliseconds, interpolating
// linearly inside the bucket that holds it. It returns 0 for no data.
func (h Histogram) Quantile(q float64) float64 {
	var total int64
	for _, c := range h {
		total += c
	}
	if total == 0 {
		return 0
	}
	rank := q * float64(total)
	var seen int64
	for i, c := range h {
		if c == 0 {
			continue
		}
		if float64(seen+c) >= rank {
			lo := 0.0
			if i > 0 {
				lo = ms(Bounds[i-1])
			}
			hi := lo * 2
			if i < len(Bounds) {
				hi = ms(Bounds[i])
			}
			frac := (rank - float64(seen)) / float64(c)
			return math.Round((lo+frac*(hi-lo))*100) / 100
		}
		seen += c
	}
	return ms(Bounds[len(Bounds)-1])
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
