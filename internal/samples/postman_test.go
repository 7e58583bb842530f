package samples

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/keybs/platform/internal/industry"
)

func TestCollection(t *testing.T) {
	b, err := Collection(mustDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	var coll struct {
		Info struct{ Schema string }
		Item []struct {
			Name string
			Item []json.RawMessage
		}
	}
	if err := json.Unmarshal(b, &coll); err != nil {
		t.Fatal(err)
	}
	t.Run("IsVersion2Point1", func(t *testing.T) {
		if coll.Info.Schema != PostmanSchema {
			t.Errorf("schema %q", coll.Info.Schema)
		}
	})
	t.Run("GroupsByResourceThenIndustry", func(t *testing.T) {
		if len(coll.Item) != 2 || coll.Item[0].Name != "By resource" || coll.Item[1].Name != "By industry" {
			t.Fatalf("top folders %+v", coll.Item)
		}
		if !strings.Contains(string(b), `"name": "Fintech"`) || strings.Contains(string(b), `"name": "Other"`) {
			t.Errorf("industry folders: want Fintech (KYC), no Other (no modules)")
		}
	})
	// newman runs requests top to bottom: every variable a request reads
	// must have been set by an earlier request's test script.
	t.Run("EveryVariableIsSetBeforeItIsRead", func(t *testing.T) {
		// The environment sets baseUrl, apiKey and portalToken; a
		// prepared variable comes from the collection's default or, with
		// none, the runner's --env-var (newman_test.go).
		set := map[string]bool{"baseUrl": true, "apiKey": true, "portalToken": true}
		for name := range Prepared {
			set[postmanVar(name)] = true
		}
		uses := regexp.MustCompile(`\{\{(\w+)\}\}`)
		sets := regexp.MustCompile(`pm\.collectionVariables\.set\(\\"(\w+)\\"`)
		var walk func(raw json.RawMessage)
		walk = func(raw json.RawMessage) {
			var node struct {
				Item    []json.RawMessage
				Request json.RawMessage
				Event   json.RawMessage
				Name    string
			}
			_ = json.Unmarshal(raw, &node)
			for _, m := range uses.FindAllStringSubmatch(string(node.Request), -1) {
				if !set[m[1]] {
					t.Errorf("%s reads {{%s}} before any request sets it", node.Name, m[1])
				}
			}
			for _, m := range sets.FindAllStringSubmatch(string(node.Event), -1) {
				set[m[1]] = true
			}
			for _, it := range node.Item {
				walk(it)
			}
		}
		for _, f := range coll.Item {
			for _, it := range f.Item {
				walk(it)
			}
		}
		if !set["caseId"] || !set["shareToken"] {
			t.Errorf("no request sets caseId or shareToken: %v", set)
		}
	})
	t.Run("EveryRequestTestsStatusAndSchema", func(t *testing.T) {
		if n, m := strings.Count(string(b), "pm.expect(pm.response.code).to.be.oneOf(["), strings.Count(string(b), `"request"`); n != m || n == 0 {
			t.Errorf("%d status tests for %d requests", n, m)
		}
		if !strings.Contains(string(b), "pm.response.to.have.jsonSchema(schema)") {
			t.Error("no schema test")
		}
	})
}

func TestEnvironment(t *testing.T) {
	b, err := Environment("https://keybs.example/", "live")
	if err != nil {
		t.Fatal(err)
	}
	var env struct {
		Name   string
		Values []struct{ Key, Value, Type string }
	}
	if err := json.Unmarshal(b, &env); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, v := range env.Values {
		got[v.Key] = v.Value + "|" + v.Type
	}
	if env.Name != "KeyBS live" || got["baseUrl"] != "https://keybs.example|default" || got["apiKey"] != "|secret" || got["portalToken"] != "|secret" {
		t.Errorf("environment %s", b)
	}
}

func TestStarterEnv(t *testing.T) {
	known := []string{"kyc.status_changed", "webhook.test"}
	cases := []struct {
		name      string
		industry  industry.Industry
		want, not []string
	}{
		{"FintechHasItsPresetCapAndKYCEvents", industry.Fintech,
			[]string{"KEYBS_BASE_URL=https://keybs.example\n", "kyc:verify", "KEYBS_LIVE_RATE_LIMIT_PER_MINUTE=1000\n", "kyc.status_changed", "KEYBS_TEST_RATE_LIMIT_PER_MINUTE=120\n"}, nil},
		{"PaymentsListsNoEventTheServerLacks", industry.Payments,
			[]string{"escrow:initiate", "KEYBS_LIVE_RATE_LIMIT_PER_MINUTE=1000\n"}, []string{"escrow.released", "kyc.status_changed"}},
		{"OtherHasTheCoreOnly", industry.Other,
			[]string{"KEYBS_SCOPES=verification:create,verification:read,document:create,report:read,webhook:manage\n", "KEYBS_LIVE_RATE_LIMIT_PER_MINUTE=500\n"}, []string{"kyc:verify"}},
		{"EveryFileSaysHowToRetry", industry.Ecommerce,
			[]string{"KEYBS_MAX_RETRIES=3\n", "KEYBS_TIMEOUT_SECONDS=30\n", "Retry-After", "KEYBS_API_KEY=\n"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := string(StarterEnv(industry.ProfileOf(c.industry), "https://keybs.example/", known))
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("lacks %q:\n%s", w, got)
				}
			}
			for _, n := range c.not {
				if strings.Contains(got, n) {
					t.Errorf("has %q:\n%s", n, got)
				}
			}
		})
	}
}
