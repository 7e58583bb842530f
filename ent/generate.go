// Package ent holds the code entc generates from ent/schema; see entc.go.
package ent

//go:generate go run -mod=mod entc.go
