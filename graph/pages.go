package graph

import "entgo.io/contrib/entgql"

// cursorID is the id a hand-written connection's cursor names, or "" for
// the first page.
func cursorID(c *entgql.Cursor[string]) string {
	if c == nil {
		return ""
	}
	return c.ID
}

// pageInfo is the page info of a hand-written connection of n edges paged
// forwards, as entgql fills it for the generated ones.
func pageInfo(n int, hasNext bool, cursor func(int) entgql.Cursor[string]) *entgql.PageInfo[string] {
	info := &entgql.PageInfo[string]{HasNextPage: hasNext}
	if n > 0 {
		start, end := cursor(0), cursor(n-1)
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
}
