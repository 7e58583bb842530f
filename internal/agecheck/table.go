package agecheck

// jurisdiction is one country's minimum gambling age, or 0 when it differs
// by region and only regions decide.
type jurisdiction struct {
	age     int
	regions map[string]int // ISO 3166-2 subdivision code (without the country) → age
}

// table is the minimum age for casino gaming and sports betting (online
// included, where the jurisdiction licenses it) — the strictest product an
// iGaming operator usually offers, so an allowed answer holds for all of
// them. Lotteries and pools are sometimes open younger; they are not what
// this check answers. Where casino and betting ages differ, the higher is
// used (Belgium, New Zealand).
//
// Sources (read 2026-11; ages change, and compliance teams should check
// the regulator's current rules before relying on an entry):
//   - United Kingdom: Gambling Act 2005 s.45–46 (18); Gambling Commission.
//   - European Union and EEA members: each national regulator's rules as
//     summarised by the European Gaming and Betting Association's country
//     profiles (egba.eu); Belgium: Royal Decree of 2024 raising online
//     gambling to 21 (Kansspelcommissie); Greece: Law 4635/2019 (21);
//     Estonia: Gambling Act §6 (21); Lithuania: Law on Gaming art. 10 (21).
//   - Canada: each province's gaming authority (AGLC, LGCA and Loto-Québec:
//     18; every other province and territory, including iGaming Ontario's
//     market: 19), Criminal Code s.207 leaving the age to the provinces.
//   - United States: each state's gaming commission or lottery for legal
//     sports wagering and casino gaming (American Gaming Association,
//     "State of the States" and its state-by-state map of legal sports
//     betting); states with no legal casino gaming or sports betting (Utah,
//     Hawaii …) are absent, so a check there is refused, never allowed.
//   - Australia: Interactive Gambling Act 2001 and state casino acts (18);
//     New Zealand: Gambling Act 2003 s.303 (casinos 20).
//   - Singapore: Casino Control Act 2006 s.116 (21); Philippines: PAGCOR
//     Charter rules (21); Macao: Law 10/2012 (21); Japan: the public sports
//     and IR Implementation Act 2018 (20).
//   - Latin America and Africa: national regulators (Brazil Law 14.790/2023
//     art. 26, Mexico Ley Federal de Juegos y Sorteos regulation, Colombia
//     Coljuegos, South Africa National Gambling Act 2004 s.12): 18.
var table = map[string]jurisdiction{
	// Europe.
	"GB": {age: 18}, "IE": {age: 18}, "FR": {age: 18}, "DE": {age: 18}, "ES": {age: 18}, "IT": {age: 18},
	"PT": {age: 18}, "NL": {age: 18}, "BE": {age: 21}, "LU": {age: 18}, "AT": {age: 18}, "CH": {age: 18},
	"DK": {age: 18}, "SE": {age: 18}, "NO": {age: 18}, "FI": {age: 18}, "IS": {age: 18}, "PL": {age: 18},
	"CZ": {age: 18}, "SK": {age: 18}, "HU": {age: 18}, "SI": {age: 18}, "HR": {age: 18}, "RO": {age: 18},
	"BG": {age: 18}, "GR": {age: 21}, "CY": {age: 18}, "MT": {age: 18}, "EE": {age: 21}, "LV": {age: 18},
	"LT": {age: 21}, "GI": {age: 18}, "IM": {age: 18}, "JE": {age: 18}, "GG": {age: 18},
	// The Americas.
	"CA": {regions: map[string]int{
		"AB": 18, "MB": 18, "QC": 18,
		"BC": 19, "NB": 19, "NL": 19, "NS": 19, "ON": 19, "PE": 19, "SK": 19, "NT": 19, "NU": 19, "YT": 19,
	}},
	"US": {regions: map[string]int{
		"AZ": 21, "AR": 21, "CO": 21, "CT": 21, "DC": 18, "DE": 21, "FL": 21, "IL": 21, "IN": 21, "IA": 21,
		"KS": 21, "KY": 18, "LA": 21, "ME": 21, "MD": 21, "MA": 21, "MI": 21, "MS": 21, "MO": 21, "MT": 18,
		"NE": 21, "NV": 21, "NH": 18, "NJ": 21, "NM": 21, "NY": 21, "NC": 21, "OH": 21, "OR": 21, "PA": 21,
		"RI": 18, "SD": 21, "TN": 21, "VT": 21, "VA": 21, "WA": 21, "WV": 21, "WI": 21, "WY": 18,
	}},
	"MX": {age: 18}, "BR": {age: 18}, "AR": {age: 18}, "CO": {age: 18}, "PE": {age: 18}, "CL": {age: 18},
	// Asia and Oceania.
	"AU": {age: 18}, "NZ": {age: 20}, "SG": {age: 21}, "PH": {age: 21}, "MO": {age: 21}, "JP": {age: 20},
	// Africa.
	"ZA": {age: 18}, "NG": {age: 18}, "KE": {age: 18},
}

// Jurisdictions lists the table's entries as "GB" or "CA-ON" with their
// ages, for the API reference and the portal.
func Jurisdictions() map[string]int {
	out := map[string]int{}
	for cc, j := range table {
		if j.age > 0 {
			out[cc] = j.age
		}
		for r, age := range j.regions {
			out[cc+"-"+r] = age
		}
	}
	return out
}
