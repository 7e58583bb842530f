package graph

import (
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// rulesWithoutSuggestions returns gqlparser's validation rules with every
// rule that answers "Did you mean …?" swapped for its silent twin, so a
// production server does not spell out its schema to a caller probing it
// with near-miss names. gqlgen's SetDisableSuggestion swaps two of these
// (fields and scalar leaves) itself; the other three are swapped here.
func rulesWithoutSuggestions() *rules.Rules {
	r := rules.NewDefaultRules()
	for _, swap := range []struct {
		name   string
		silent core.Rule
	}{
		{rules.KnownArgumentNamesRule.Name, rules.KnownArgumentNamesRuleWithoutSuggestions},
		{rules.KnownTypeNamesRule.Name, rules.KnownTypeNamesRuleWithoutSuggestions},
		{rules.ValuesOfCorrectTypeRule.Name, rules.ValuesOfCorrectTypeRuleWithoutSuggestions},
	} {
		r.RemoveRule(swap.name)
		r.AddRule(swap.silent.Name, swap.silent.RuleFunc)
	}
	return r
}
