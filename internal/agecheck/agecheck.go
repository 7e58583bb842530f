// Package agecheck answers POST /v1/kyc/agecheck: whether a person born on a
// date may gamble in a jurisdiction today, from the minimum gambling ages in
// table.go. The answer is computed, not stored: the date of birth is personal
// data the check does not need to keep.
package agecheck

import (
	"strings"
	"time"

	"github.com/keybs/platform/internal/country"
	"github.com/keybs/platform/internal/fault"
)

// Input is a person's date of birth and where they want to play.
type Input struct {
	DateOfBirth string // YYYY-MM-DD
	Country     string // ISO 3166-1 alpha-2
	Region      string // optional: the ISO 3166-2 subdivision, "ON" or "CA-ON"
}

// Result is the answer.
type Result struct {
	Allowed    bool
	Age        int
	MinimumAge int
	// Jurisdiction is the table entry that decided: "GB", or "CA-ON" when
	// the region has its own age.
	Jurisdiction string
}

// Checker checks ages on the day its clock says.
type Checker struct{ now func() time.Time }

// New returns a Checker reading the date from now.
func New(now func() time.Time) *Checker { return &Checker{now: now} }

// Check validates in and decides it against today's date in UTC.
func (c *Checker) Check(in Input) (Result, error) {
	today := c.now().UTC()
	dob, err := parseDOB(in.DateOfBirth, today)
	if err != nil {
		return Result{}, err
	}
	code, min, err := Lookup(in.Country, in.Region)
	if err != nil {
		return Result{}, err
	}
	age := Age(dob, today)
	return Result{Allowed: age >= min, Age: age, MinimumAge: min, Jurisdiction: code}, nil
}

// Lookup finds the minimum age for a country and optional region. A region
// the table gives its own age decides; a region it knows without one falls
// back to its country's; a country whose ages differ by region (the United
// States) needs the region. Each refusal is a 422 naming the field.
func Lookup(countryCode, region string) (string, int, error) {
	cc := strings.ToUpper(strings.TrimSpace(countryCode))
	switch {
	case cc == "":
		return "", 0, fault.InvalidField("country", "{field} is required")
	case !country.Valid(cc):
		return "", 0, fault.InvalidField("country", "{field} must be an ISO 3166-1 alpha-2 country code")
	}
	j, ok := table[cc]
	if !ok {
		return "", 0, fault.InvalidField("country", "{field} %s has no gambling age in our table; supported: see the API reference", cc)
	}
	r := strings.ToUpper(strings.TrimSpace(region))
	r = strings.TrimPrefix(r, cc+"-")
	if len(r) > 8 {
		return "", 0, fault.InvalidField("region", "{field} must be an ISO 3166-2 subdivision code such as ON or CA-ON")
	}
	if r != "" {
		if age, ok := j.regions[r]; ok {
			return cc + "-" + r, age, nil
		}
		if j.age == 0 || len(j.regions) > 0 {
			return "", 0, fault.InvalidField("region", "{field} %s is not a known region of %s with a gambling age", r, cc)
		}
	}
	if j.age == 0 {
		return "", 0, fault.InvalidField("region", "{field} is required for %s, where the gambling age differs by region", cc)
	}
	return cc, j.age, nil
}

// Age is the person's age in whole years on today: a birthday counts from
// its day, and someone born on 29 February turns a year older on 1 March
// in common years.
func Age(dob, today time.Time) int {
	age := today.Year() - dob.Year()
	if today.Month() < dob.Month() || (today.Month() == dob.Month() && today.Day() < dob.Day()) {
		age--
	}
	return age
}

func parseDOB(s string, today time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fault.InvalidField("date_of_birth", "{field} is required")
	}
	dob, err := time.Parse(time.DateOnly, s)
	switch {
	case err != nil:
		return time.Time{}, fault.InvalidField("date_of_birth", "{field} must be a date (YYYY-MM-DD)")
	case dob.After(today):
		return time.Time{}, fault.InvalidField("date_of_birth", "{field} must not be in the future")
	case Age(dob, today) > 130:
		return time.Time{}, fault.InvalidField("date_of_birth", "{field} must be within the last 130 years")
	}
	return dob, nil
}
