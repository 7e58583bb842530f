package screening_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/screening"
)

func TestNormalise(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"MarksAreDropped", "José Müller-García", "garcia jose muller"},
		{"SpecialLettersAreSpelledOut", "Bjørn Ødegård Straße", "bjorn odegard strasse"},
		{"CyrillicIsTransliterated", "Ольга Николаевна Смирнова", "nikolaevna olga smirnova"},
		{"GreekIsTransliterated", "Γιώργος Παπαδόπουλος", "giorgos papadopoulos"},
		{"PunctuationAndOrderDoNotMatter", "  SIDOROV,  Ivan ", "ivan sidorov"},
		{"NothingButPunctuationIsEmpty", " - , ", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := screening.Normalise(c.in); got != c.want {
				t.Fatalf("Normalise(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestMatch(t *testing.T) {
	demo := screening.Demo()
	for _, c := range []struct {
		name  string
		query string
		kind  screening.Kind
		want  string // the entry hit first; "" for no hit
	}{
		{"ExactNameIsAHit", "Ivan Petrovich Sidorov", screening.Individual, "Ivan Petrovich Sidorov"},
		{"AnAliasIsAHit", "SDT LLC", screening.Entity, "Sanctioned Demo Trading LLC"},
		{"TransliteratedFromCyrillicIsAHit", "Иван Петрович Сидоров", screening.Individual, "Ivan Petrovich Sidorov"},
		{"LatinQueryMatchesACyrillicAlias", "Olga Smirnova", screening.Individual, "Olga Nikolaevna Smirnova"},
		{"WithoutDiacriticsIsAHit", "Jose Muller Garcia", screening.Individual, "José Müller-García"},
		{"SpecialLettersSpelledOutAreAHit", "Bjorn Odegard", screening.Individual, "Bjørn Ødegård"},
		{"WordOrderDoesNotMatter", "Sidorov, Ivan", screening.Individual, "Ivan Petrovich Sidorov"},
		{"NearMissTypoIsAHit", "Ivan Sidorof", screening.Individual, "Ivan Petrovich Sidorov"},
		{"NearMissSpellingOfAnEntityIsAHit", "Black Harbor Shipping Ltd", screening.Entity, "Black Harbour Shipping Ltd"},
		{"ADifferentSurnameIsBelowThreshold", "Ivan Sidorenko", screening.Individual, ""},
		{"ASharedFirstNameIsBelowThreshold", "Ivan Smirnov", screening.Individual, ""},
		{"AFirstNameAloneIsBelowThreshold", "Ivan", screening.Individual, ""},
		{"AnUnrelatedNameIsNoHit", "John Smith", screening.Individual, ""},
		{"TheKindIsRespected", "Black Harbour Shipping Ltd", screening.Individual, ""},
		{"AnyKindWhenNoneIsGiven", "Black Harbour Shipping Ltd", "", "Black Harbour Shipping Ltd"},
		{"AnEmptyQueryIsNoHit", " ,. ", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			hits := demo.Match(c.query, c.kind)
			if c.want == "" {
				if len(hits) != 0 {
					t.Fatalf("Match(%q) = %s at %.3f, want no hit", c.query, hits[0].Entry.Name, hits[0].Score)
				}
				return
			}
			if len(hits) == 0 {
				t.Fatalf("Match(%q): no hit, want %s", c.query, c.want)
			}
			if h := hits[0]; h.Entry.Name != c.want || h.Score < demo.Threshold || h.Score > 1 {
				t.Fatalf("Match(%q) = %s at %.3f, want %s at or above %.2f", c.query, h.Entry.Name, h.Score, c.want, demo.Threshold)
			}
		})
	}
	t.Run("HitsAreBestFirst", func(t *testing.T) {
		l := screening.New("test", false, []screening.Entry{
			{Name: "Anna Karenina Oblonskaya", Kind: screening.Individual},
			{Name: "Anna Karenina", Kind: screening.Individual},
		})
		hits := l.Match("Anna Karenina", screening.Individual)
		if len(hits) != 2 || hits[0].Entry.Name != "Anna Karenina" || hits[0].Score != 1 || hits[1].Score >= 1 {
			t.Fatalf("hits %+v", hits)
		}
	})
	t.Run("TheDemoListSaysItIsADemo", func(t *testing.T) {
		if !demo.Demo || !strings.Contains(demo.Source, "not an official list") || demo.Len() == 0 {
			t.Fatalf("demo list: demo %v, source %q, %d entries", demo.Demo, demo.Source, demo.Len())
		}
	})
}

func TestScore(t *testing.T) {
	for _, c := range []struct {
		name   string
		a, b   string
		lo, hi float64
	}{
		{"IdenticalIsOne", "ivan sidorov", "ivan sidorov", 1, 1},
		{"EmptyIsZero", "", "ivan", 0, 0},
		{"OneTypoScoresHigh", "ivan sidorof", "ivan sidorov", 0.95, 0.99},
		{"AMissingMiddleNameCostsALittle", "ivan sidorov", "ivan petrovich sidorov", 0.95, 0.97},
		{"ADifferentWordCountsForNothing", "ivan smirnov", "ivan sidorov", 0.5, 0.5},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := screening.Score(c.a, c.b); got < c.lo || got > c.hi {
				t.Fatalf("Score(%q, %q) = %.4f, want %.2f–%.2f", c.a, c.b, got, c.lo, c.hi)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	write := func(t *testing.T, body string) string {
		t.Helper()
		p := filepath.Join(t.TempDir(), "list.csv")
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	t.Run("AValidFileLoadsWithAliasesAndMatches", func(t *testing.T) {
		p := write(t, "name,kind,aliases,country,program\n\"Müller, Hans\",individual,Hans Mueller; Ганс Мюллер,de,PEP\nAcme Front Ltd,entity,,,SANCTIONS\n")
		l, err := screening.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		if l.Len() != 2 || l.Demo || l.Source != p {
			t.Fatalf("loaded %d entries, demo %v, source %q", l.Len(), l.Demo, l.Source)
		}
		hits := l.Match("Hans Muller", screening.Individual)
		if len(hits) != 1 || hits[0].Entry.Country != "DE" || hits[0].Entry.Program != "PEP" || len(hits[0].Entry.Aliases) != 2 {
			t.Fatalf("hits %+v", hits)
		}
	})
	for _, c := range []struct{ name, body, want string }{
		{"AWrongHeaderIsRefused", "full_name,kind,aliases,country,program\nA B,individual,,,\n", "header"},
		{"AnUnknownKindIsRefused", "name,kind,aliases,country,program\nA B,vessel,,,\n", "kind"},
		{"AnEmptyNameIsRefused", "name,kind,aliases,country,program\n  ,individual,,,\n", "name is empty"},
		{"AMissingColumnIsRefused", "name,kind,aliases,country,program\nA B,individual,,\n", "fields"},
		{"NoEntriesIsRefused", "name,kind,aliases,country,program\n", "no entries"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := screening.Load(write(t, c.body))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Load = %v, want an error about %s", err, c.want)
			}
		})
	}
	t.Run("AMissingFileIsAnError", func(t *testing.T) {
		if _, err := screening.Load(filepath.Join(t.TempDir(), "nope.csv")); err == nil {
			t.Fatal("Load of a missing file succeeded")
		}
	})
}

// TestScreen pins the verdict every check gives a name: clear with no
// match, a review (never clear) with one or with no list at all, and a
// detail that names the list.
func TestScreen(t *testing.T) {
	demo := screening.Demo()
	if clear, detail := demo.Screen("Ana García", screening.Individual); !clear || !strings.Contains(detail, demo.Source) {
		t.Fatalf("no match: clear %v, detail %q", clear, detail)
	}
	if clear, detail := demo.Screen("Ivan Sidorov", screening.Individual); clear || !strings.Contains(detail, "possible match") || !strings.Contains(detail, demo.Source) {
		t.Fatalf("a listed name: clear %v, detail %q", clear, detail)
	}
	var none *screening.List
	if clear, detail := none.Screen("Ana García", screening.Individual); clear || detail != "no screening list is configured" {
		t.Fatalf("no list: clear %v, detail %q", clear, detail)
	}
}
