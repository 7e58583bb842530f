package graph

import "github.com/keybs/platform/internal/country"

// ok turns a domain call that returns only an error into a mutation's
// Boolean! answer: true when it succeeded.
func ok(err error) (bool, error) {
	if err != nil {
		return false, err
	}
	return true, nil
}

// countries lists every country as GraphQL's Country objects.
func countries() []*country.Country {
	all := country.All()
	out := make([]*country.Country, len(all))
	for i := range all {
		out[i] = &all[i]
	}
	return out
}
