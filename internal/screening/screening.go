// Package screening matches names against a watch list (sanctions, PEPs):
// the list file named by KEYBS_SCREENING_LIST, or a small built-in demo list
// that says it is one. It never pretends to be an official list: every hit
// names the list it came from.
//
// Matching is done on normalised names: Unicode-decomposed with the marks
// dropped (José → jose), special letters spelled out (ß → ss, ø → o),
// Cyrillic and Greek transliterated to Latin (Иван → ivan), punctuation
// removed and the words sorted, so word order does not matter. Two names are
// then scored word by word with Jaro-Winkler (each word of the shorter name
// against its best partner, see Score); a score at or above the threshold is
// a hit.
package screening

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Kind is what an entry names.
type Kind string

// The kinds of entry.
const (
	Individual Kind = "individual"
	Entity     Kind = "entity"
)

// DefaultThreshold is the score from which a name is a hit: high enough that
// a different person sharing a common first name is not, low enough that a
// one-letter typo or a transliteration variant still is.
const DefaultThreshold = 0.90

// Entry is one listed person or organisation.
type Entry struct {
	Name    string
	Aliases []string
	Kind    Kind
	Country string // ISO 3166-1 alpha-2, optional
	Program string // why listed, e.g. "SANCTIONS" or "PEP"
}

// List is a watch list ready for matching.
type List struct {
	// Source names the list in every hit: the file's name, or the demo.
	Source string
	// Demo is true for the built-in list, which holds invented names.
	Demo      bool
	Threshold float64
	entries   []Entry
	names     [][]string // per entry, its normalised names (name first, then aliases)
}

// Hit is a listed name a query matched.
type Hit struct {
	Entry       Entry
	MatchedName string  // the entry's name or alias that scored highest
	Score       float64 // 0–1
}

// New builds a list from entries.
func New(source string, demo bool, entries []Entry) *List {
	l := &List{Source: source, Demo: demo, Threshold: DefaultThreshold, entries: entries}
	for _, e := range entries {
		var ns []string
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := Normalise(n); k != "" {
				ns = append(ns, k)
			}
		}
		l.names = append(l.names, ns)
	}
	return l
}

// Len is the number of entries.
func (l *List) Len() int { return len(l.entries) }

// Screen is the verdict the checks give a name: clear when list (which may
// be nil: no list configured) holds no entry of kind matching it. A match
// is never a rejection: a person decides whether it is the listed one. The
// detail names the list, which may be the demo, and the best match.
func (l *List) Screen(name string, kind Kind) (clear bool, detail string) {
	if l == nil {
		return false, "no screening list is configured"
	}
	hits := l.Match(name, kind)
	if len(hits) == 0 {
		return true, fmt.Sprintf("no match on %s (%d entries)", l.Source, l.Len())
	}
	h := hits[0]
	return false, fmt.Sprintf("possible match with %q (%s, %s) on %s, score %.2f", h.MatchedName, h.Entry.Program, h.Entry.Country, l.Source, h.Score)
}

// Match returns the entries of kind (any kind when empty) whose name or an
// alias scores at least the threshold against name, best first.
func (l *List) Match(name string, kind Kind) []Hit {
	q := Normalise(name)
	if q == "" {
		return nil
	}
	var hits []Hit
	for i, e := range l.entries {
		if kind != "" && e.Kind != kind {
			continue
		}
		best, at := 0.0, ""
		for j, n := range l.names[i] {
			if s := Score(q, n); s > best {
				best, at = s, append([]string{e.Name}, e.Aliases...)[j]
			}
		}
		if best >= l.Threshold {
			hits = append(hits, Hit{Entry: e, MatchedName: at, Score: best})
		}
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return 0
	})
	return hits
}

// Load reads a list file: CSV with the header
// name,kind,aliases,country,program; kind is individual or entity; aliases
// are separated by semicolons; country and program may be empty.
func Load(path string) (*List, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("screening list: %w", err)
	}
	defer f.Close()
	entries, err := parse(f)
	if err != nil {
		return nil, fmt.Errorf("screening list %s: %w", path, err)
	}
	return New(path, false, entries), nil
}

// header is the list file's first row.
var header = []string{"name", "kind", "aliases", "country", "program"}

func parse(r io.Reader) ([]Entry, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = len(header)
	first, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	for i := range first {
		first[i] = strings.ToLower(strings.TrimSpace(first[i]))
	}
	if !slices.Equal(first, header) {
		return nil, fmt.Errorf("header is %v, want %v", first, header)
	}
	var out []Entry
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		e := Entry{Name: strings.TrimSpace(rec[0]), Kind: Kind(strings.ToLower(strings.TrimSpace(rec[1]))),
			Country: strings.ToUpper(strings.TrimSpace(rec[3])), Program: strings.TrimSpace(rec[4])}
		if Normalise(e.Name) == "" {
			return nil, fmt.Errorf("line %d: the name is empty", line)
		}
		if e.Kind != Individual && e.Kind != Entity {
			return nil, fmt.Errorf("line %d: kind %q is not individual or entity", line, rec[1])
		}
		for _, a := range strings.Split(rec[2], ";") {
			if a = strings.TrimSpace(a); a != "" {
				e.Aliases = append(e.Aliases, a)
			}
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil, errors.New("the list has no entries")
	}
	return out, nil
}

// Demo is the built-in list used without KEYBS_SCREENING_LIST. Its names
// are invented for the sandbox and belong to no real list.
func Demo() *List {
	return New("KeyBS demo list (invented names, not an official list)", true, []Entry{
		{Name: "Ivan Petrovich Sidorov", Aliases: []string{"Иван Петрович Сидоров", "Ivan Sidorov"}, Kind: Individual, Country: "RU", Program: "DEMO-SANCTIONS"},
		{Name: "José Müller-García", Aliases: []string{"Jose Mueller Garcia"}, Kind: Individual, Country: "ES", Program: "DEMO-PEP"},
		{Name: "Olga Nikolaevna Smirnova", Aliases: []string{"Ольга Смирнова"}, Kind: Individual, Country: "BY", Program: "DEMO-SANCTIONS"},
		{Name: "Bjørn Ødegård", Kind: Individual, Country: "NO", Program: "DEMO-PEP"},
		{Name: "Sanctioned Demo Trading LLC", Aliases: []string{"SDT LLC"}, Kind: Entity, Country: "PA", Program: "DEMO-SANCTIONS"},
		{Name: "Black Harbour Shipping Ltd", Kind: Entity, Country: "KP", Program: "DEMO-SANCTIONS"},
	})
}

// letters spells out letters that do not decompose into a base letter and
// a mark, and transliterates Cyrillic and Greek (after BGN/PCGN, simplified).
var letters = map[rune]string{
	'ß': "ss", 'ø': "o", 'æ': "ae", 'œ': "oe", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i", 'ħ': "h",
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i", 'κ': "k",
	'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t",
	'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

func hasLetter(r rune) bool { _, ok := letters[r]; return ok }

// Normalise is a name's matching form: lower case, marks dropped, letters
// transliterated to ASCII, punctuation gone, words sorted and single-spaced.
func Normalise(name string) string {
	strip := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(strip, strings.ToLower(name))
	if err != nil {
		s = strings.ToLower(name)
	}
	// Greek's "ου" is one sound, "ou" (ELOT 743), not "oy".
	s = strings.ReplaceAll(s, "ου", "ou")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case hasLetter(r):
			b.WriteString(letters[r]) // may be "" (the soft and hard signs)
		default:
			b.WriteByte(' ') // punctuation, hyphens and unknown scripts separate words
		}
	}
	words := strings.Fields(b.String())
	slices.Sort(words)
	return strings.Join(words, " ")
}

// wordFloor is the least Jaro-Winkler similarity for two words to count as
// the same word (a typo or a spelling variant); below it they count as
// different words, so a shared first name alone never makes a hit.
const wordFloor = 0.92

// Score compares two normalised names, 0 (nothing alike) to 1 (the same):
// each word of the name with fewer words is paired with its most similar
// word of the other (Jaro-Winkler, counted only from wordFloor), the pairs
// are averaged, and each word of the longer name left without a partner
// costs 4% ("ivan sidorov" against "ivan petrovich sidorov" still scores
// high); a single word against several names is discounted further, since
// "ivan" alone identifies no one.
func Score(a, b string) float64 {
	if a == "" || b == "" {
		return 0
	}
	if a == b {
		return 1
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	sum := 0.0
	for _, w := range wa {
		best := 0.0
		for _, v := range wb {
			best = max(best, jaroWinkler(w, v))
		}
		if best >= wordFloor {
			sum += best
		}
	}
	score := sum / float64(len(wa)) * (1 - 0.04*float64(len(wb)-len(wa)))
	if len(wa) == 1 && len(wb) > 1 {
		score *= 0.85
	}
	return max(score, 0)
}

// jaroWinkler is the Jaro-Winkler similarity of a and b (prefix scale 0.1,
// at most four prefix characters).
func jaroWinkler(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	window := max(len(ra), len(rb))/2 - 1
	window = max(window, 0)
	ma, mb := make([]bool, len(ra)), make([]bool, len(rb))
	matches := 0
	for i := range ra {
		lo, hi := max(0, i-window), min(len(rb), i+window+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && ra[i] == rb[j] {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	transpositions, k := 0, 0
	for i := range ra {
		if !ma[i] {
			continue
		}
		for !mb[k] {
			k++
		}
		if ra[i] != rb[k] {
			transpositions++
		}
		k++
	}
	m := float64(matches)
	jaro := (m/float64(len(ra)) + m/float64(len(rb)) + (m-float64(transpositions)/2)/m) / 3
	prefix := 0
	for i := 0; i < min(4, len(ra), len(rb)) && ra[i] == rb[i]; i++ {
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}
