package signing

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/keybs/platform/internal/environment"
)

// mustSigner returns a signer whose seed is 32 copies of b.
func mustSigner(t *testing.T, b byte) *Signer {
	t.Helper()
	s, err := NewSigner(bytes.Repeat([]byte{b}, SeedSize))
	if err != nil {
		t.Fatalf("NewSigner: %v", err)
	}
	return s
}

func sampleReport() Report {
	signed := time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)
	return Report{
		VerificationID: "KBS-VR-7F3A",
		SupplierName:   "Acme Trading Co.",
		CountryCode:    "IN",
		TrustScore:     78,
		RiskBand:       "MEDIUM",
		Environment:    environment.Live,
		SignedAt:       signed,
		ValidUntil:     signed.AddDate(1, 0, 0),
	}
}

// RFC 8037 Appendix A: the example Ed25519 key and its RFC 7638 thumbprint.
func TestKeyIDIsTheRFC7638Thumbprint(t *testing.T) {
	seed, _ := base64.RawURLEncoding.DecodeString("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A")
	s, err := NewSigner(seed)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Public().JWK().X, "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"; got != want {
		t.Errorf("x = %s, want %s", got, want)
	}
	if got, want := s.KeyID(), "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"; got != want {
		t.Errorf("KeyID = %s, want %s", got, want)
	}
}

func TestNewSignerRefusesASeedOfTheWrongSize(t *testing.T) {
	for _, n := range []int{0, 16, 31, 33, 64} {
		if _, err := NewSigner(make([]byte, n)); err == nil || !strings.Contains(err.Error(), "32 bytes") {
			t.Errorf("NewSigner(%d bytes) = %v, want an error naming 32 bytes", n, err)
		}
	}
}

func TestSignReport(t *testing.T) {
	s := mustSigner(t, 1)
	signed, err := s.Sign(sampleReport())
	if err != nil {
		t.Fatalf("Sign: %v", err)
	}
	t.Run("CanonicalIsTheSortedReportWithTheKeyID", func(t *testing.T) {
		want := `{"country_code":"IN","demo":false,"environment":"live","key_id":"` + s.KeyID() +
			`","risk_band":"medium","signed_at":"2026-05-01T09:30:00Z","supplier_name":"Acme Trading Co.",` +
			`"trust_score":78,"valid_until":"2027-05-01T09:30:00Z","verification_id":"KBS-VR-7F3A"}`
		if signed.Canonical != want {
			t.Errorf("Canonical =\n%s\nwant\n%s", signed.Canonical, want)
		}
	})
	t.Run("DigestIsSHA256OfTheCanonicalBytesInHex", func(t *testing.T) {
		sum := sha256.Sum256([]byte(signed.Canonical))
		if signed.Digest != hex.EncodeToString(sum[:]) {
			t.Errorf("Digest = %s", signed.Digest)
		}
	})
	t.Run("SignatureIsEd25519OverTheCanonicalBytes", func(t *testing.T) {
		sig, err := base64.RawURLEncoding.DecodeString(signed.Signature)
		if err != nil {
			t.Fatalf("signature is not unpadded base64url: %v", err)
		}
		if !ed25519.Verify(s.Public().Key, []byte(signed.Canonical), sig) {
			t.Error("crypto/ed25519 does not accept the signature")
		}
	})
	t.Run("KeyIDIsTheSignersKey", func(t *testing.T) {
		if signed.KeyID != s.KeyID() {
			t.Errorf("KeyID = %s, want %s", signed.KeyID, s.KeyID())
		}
	})
	t.Run("VerifyAcceptsIt", func(t *testing.T) {
		if err := Verify([]PublicKey{s.Public()}, signed); err != nil {
			t.Errorf("Verify: %v", err)
		}
	})
	t.Run("TimesAreSignedInUTC", func(t *testing.T) {
		r := sampleReport()
		r.SignedAt = r.SignedAt.In(time.FixedZone("IST", 5*3600+1800))
		again, err := s.Sign(r)
		if err != nil || again.Canonical != signed.Canonical {
			t.Errorf("a time in another zone signs differently: %v\n%s", err, again.Canonical)
		}
	})
	t.Run("JSONUsesTheRouteSpelling", func(t *testing.T) {
		b, _ := json.Marshal(signed)
		for _, k := range []string{`"canonical":`, `"digest":`, `"signature":`, `"kid":`} {
			if !bytes.Contains(b, []byte(k)) {
				t.Errorf("%s lacks %s", b, k)
			}
		}
	})
}

func TestSignAnyObject(t *testing.T) {
	s := mustSigner(t, 2)
	t.Run("MapIsCanonicalised", func(t *testing.T) {
		signed, err := s.Sign(map[string]any{"b": 1.50, "a": "Zürich <&> \u2028", "c": []any{true, nil}})
		if err != nil {
			t.Fatal(err)
		}
		want := "{\"a\":\"Zürich <&> \u2028\",\"b\":1.5,\"c\":[true,null],\"key_id\":\"" + s.KeyID() + "\"}"
		if signed.Canonical != want {
			t.Errorf("Canonical = %s, want %s", signed.Canonical, want)
		}
		if err := Verify([]PublicKey{s.Public()}, signed); err != nil {
			t.Errorf("Verify: %v", err)
		}
	})
	refusals := []struct {
		name    string
		fields  any
		mention string
	}{
		{"KeyIDSetByTheCallerIsRefused", map[string]any{"key_id": "mine"}, `"key_id"`},
		{"ArrayIsRefused", []int{1, 2}, "JSON object"},
		{"StringIsRefused", "text", "JSON object"},
		{"NilIsRefused", nil, "JSON object"},
		{"NaNIsRefused", map[string]float64{"x": math.NaN()}, "encode"},
		{"DuplicateNamesAreRefused", rawObject(`{"a":1,"a":2}`), "duplicate"},
	}
	for _, tc := range refusals {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Sign(tc.fields)
			if err == nil || !strings.Contains(err.Error(), tc.mention) {
				t.Errorf("Sign(%v) = %v, want an error mentioning %s", tc.fields, err, tc.mention)
			}
		})
	}
}

// rawObject marshals as itself, which lets a test hand Sign JSON that no Go
// map could produce.
type rawObject string

func (r rawObject) MarshalJSON() ([]byte, error) { return []byte(r), nil }

func TestSignRefusesAnInvalidReport(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*Report)
		mention string
	}{
		{"EmptyVerificationID", func(r *Report) { r.VerificationID = " " }, "verification_id"},
		{"EmptySupplierName", func(r *Report) { r.SupplierName = "" }, "supplier_name"},
		{"NonUTF8SupplierName", func(r *Report) { r.SupplierName = "Acme \xff" }, "supplier_name"},
		{"UnknownCountry", func(r *Report) { r.CountryCode = "XX" }, "country_code"},
		{"LowerCaseCountry", func(r *Report) { r.CountryCode = "in" }, "country_code"},
		{"NegativeTrustScore", func(r *Report) { r.TrustScore = -1 }, "trust_score"},
		{"TrustScoreAbove100", func(r *Report) { r.TrustScore = 101 }, "trust_score"},
		{"UnknownRiskBand", func(r *Report) { r.RiskBand = "extreme" }, "risk_band"},
		{"EmptyRiskBand", func(r *Report) { r.RiskBand = "" }, "risk_band"},
		{"UnknownEnvironment", func(r *Report) { r.Environment = "live" }, "environment"},
		{"MissingSignedAt", func(r *Report) { r.SignedAt = time.Time{} }, "required"},
		{"MissingValidUntil", func(r *Report) { r.ValidUntil = time.Time{} }, "required"},
		{"FractionalSignedAt", func(r *Report) { r.SignedAt = r.SignedAt.Add(time.Millisecond) }, "whole seconds"},
		{"FractionalValidUntil", func(r *Report) { r.ValidUntil = r.ValidUntil.Add(time.Microsecond) }, "whole seconds"},
		{"ValidUntilBeforeSignedAt", func(r *Report) { r.ValidUntil = r.SignedAt.Add(-time.Hour) }, "after signed_at"},
		{"ValidUntilEqualToSignedAt", func(r *Report) { r.ValidUntil = r.SignedAt }, "after signed_at"},
	}
	s := mustSigner(t, 3)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := sampleReport()
			tc.mutate(&r)
			signed, err := s.Sign(r)
			if err == nil || !strings.Contains(err.Error(), tc.mention) {
				t.Fatalf("Sign = %+v, %v; want an error mentioning %s", signed, err, tc.mention)
			}
		})
	}
	t.Run("BoundaryValuesAreSigned", func(t *testing.T) {
		for _, mutate := range []func(*Report){
			func(r *Report) { r.TrustScore = 0 },
			func(r *Report) { r.TrustScore = 100 },
			func(r *Report) { r.RiskBand = "low"; r.Environment = environment.Test; r.Demo = true },
		} {
			r := sampleReport()
			mutate(&r)
			if _, err := s.Sign(r); err != nil {
				t.Errorf("Sign(%+v): %v", r, err)
			}
		}
	})
}

func TestVerifyRefusesTampering(t *testing.T) {
	ours, other := mustSigner(t, 4), mustSigner(t, 5)
	good, err := ours.Sign(sampleReport())
	if err != nil {
		t.Fatal(err)
	}
	byOther, err := other.Sign(sampleReport())
	if err != nil {
		t.Fatal(err)
	}
	keys := []PublicKey{ours.Public()}
	sig, _ := base64.RawURLEncoding.DecodeString(good.Signature)
	flipped := bytes.Clone(sig)
	flipped[10] ^= 0x01
	// The same canonical text signed by the other key, still claiming ours.
	forged := ed25519.Sign(ed25519.NewKeyFromSeed(bytes.Repeat([]byte{5}, SeedSize)), []byte(good.Canonical))

	tests := []struct {
		name   string
		mutate func(*Signed)
		want   error
	}{
		{"ChangedFieldInCanonical", func(s *Signed) { s.Canonical = strings.Replace(s.Canonical, "Acme", "Acne", 1) }, ErrDigestMismatch},
		{"ChangedFieldWithMatchingDigest", func(s *Signed) {
			s.Canonical = strings.Replace(s.Canonical, `"trust_score":78`, `"trust_score":98`, 1)
			s.Digest = digestOf(s.Canonical)
		}, ErrBadSignature},
		{"WhitespaceInCanonical", func(s *Signed) { s.Canonical = strings.Replace(s.Canonical, ",", ", ", 1) }, ErrNotCanonical},
		{"CanonicalNotJSON", func(s *Signed) { s.Canonical = "Acme is trustworthy" }, ErrNotCanonical},
		{"CanonicalNotAnObject", func(s *Signed) { s.Canonical = `["x"]` }, ErrNotCanonical},
		{"CanonicalWithoutKeyID", func(s *Signed) { s.Canonical = `{"a":1}`; s.Digest = digestOf(s.Canonical) }, ErrKeyIDMismatch},
		{"DigestChanged", func(s *Signed) { s.Digest = strings.Repeat("0", 64) }, ErrDigestMismatch},
		{"DigestInUpperCase", func(s *Signed) { s.Digest = strings.ToUpper(s.Digest) }, ErrDigestMismatch},
		{"DigestEmpty", func(s *Signed) { s.Digest = "" }, ErrDigestMismatch},
		{"SignatureBitFlipped", func(s *Signed) { s.Signature = base64.RawURLEncoding.EncodeToString(flipped) }, ErrBadSignature},
		{"SignatureByAnotherKey", func(s *Signed) { s.Signature = base64.RawURLEncoding.EncodeToString(forged) }, ErrBadSignature},
		{"SignaturePadded", func(s *Signed) { s.Signature += "==" }, ErrBadSignature},
		{"SignatureInStandardBase64", func(s *Signed) { s.Signature = base64.StdEncoding.EncodeToString(sig) }, ErrBadSignature},
		{"SignatureTruncated", func(s *Signed) { s.Signature = s.Signature[:40] }, ErrBadSignature},
		{"SignatureEmpty", func(s *Signed) { s.Signature = "" }, ErrBadSignature},
		{"KeyIDDiffersFromTheSignedOne", func(s *Signed) { s.KeyID = other.KeyID() }, ErrKeyIDMismatch},
		{"UnknownKey", func(s *Signed) { *s = byOther }, ErrUnknownKey},
	}
	for _, tc := range tests {
		t.Run(tc.name+"Fails", func(t *testing.T) {
			s := good
			tc.mutate(&s)
			err := Verify(keys, s)
			if !errors.Is(err, tc.want) {
				t.Errorf("Verify = %v, want %v", err, tc.want)
			}
			if !IsVerdict(err) {
				t.Errorf("IsVerdict(%v) = false; a failed check is a verdict", err)
			}
		})
	}
	t.Run("ALookupFailureIsNoVerdict", func(t *testing.T) {
		for _, err := range []error{nil, errors.New("signing: look up key: connection refused"), fmt.Errorf("wrapped: %w", context.Canceled)} {
			if IsVerdict(err) {
				t.Errorf("IsVerdict(%v) = true", err)
			}
		}
	})
	t.Run("NoKeysIsUnknownKey", func(t *testing.T) {
		if err := Verify(nil, good); !errors.Is(err, ErrUnknownKey) {
			t.Errorf("Verify = %v, want ErrUnknownKey", err)
		}
	})
	t.Run("TheRightKeyAmongOthersVerifies", func(t *testing.T) {
		if err := Verify([]PublicKey{other.Public(), ours.Public()}, good); err != nil {
			t.Errorf("Verify: %v", err)
		}
	})
}

func digestOf(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func TestJWKSet(t *testing.T) {
	current, old := mustSigner(t, 6), mustSigner(t, 7)
	retired := old.Public()
	retired.RetiredAt = new(time.Time)
	set := NewJWKSet([]PublicKey{current.Public(), retired})

	t.Run("MembersAreThoseOfAnEd25519JWK", func(t *testing.T) {
		b, _ := json.Marshal(set)
		var raw struct{ Keys []map[string]string }
		if err := json.Unmarshal(b, &raw); err != nil || len(raw.Keys) != 2 {
			t.Fatalf("set %s: %v", b, err)
		}
		want := map[string]string{"kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "use": "sig", "kid": current.KeyID(),
			"x": base64.RawURLEncoding.EncodeToString(current.Public().Key)}
		for k, v := range want {
			if raw.Keys[0][k] != v {
				t.Errorf("%s = %q, want %q", k, raw.Keys[0][k], v)
			}
		}
		if _, ok := raw.Keys[0]["status"]; ok {
			t.Error("the current key carries a status")
		}
		if raw.Keys[1]["status"] != "retired" {
			t.Errorf("the retired key has status %q", raw.Keys[1]["status"])
		}
	})
	t.Run("PublicKeysReadsItBack", func(t *testing.T) {
		keys, err := set.PublicKeys()
		if err != nil || len(keys) != 2 {
			t.Fatalf("PublicKeys = %v, %v", keys, err)
		}
		if keys[0].KeyID != current.KeyID() || !keys[0].Key.Equal(current.Public().Key) || keys[0].Retired() {
			t.Errorf("first key = %+v", keys[0])
		}
		if keys[1].KeyID != old.KeyID() || !keys[1].Retired() {
			t.Errorf("second key = %+v", keys[1])
		}
	})
	bad := []struct {
		name    string
		mutate  func(*JWK)
		mention string
	}{
		{"WrongKty", func(j *JWK) { j.Kty = "EC" }, "OKP/Ed25519"},
		{"WrongCrv", func(j *JWK) { j.Crv = "X25519" }, "OKP/Ed25519"},
		{"ShortX", func(j *JWK) { j.X = j.X[:20] }, "x is not"},
		{"PaddedX", func(j *JWK) { j.X += "=" }, "x is not"},
		{"KidNotTheThumbprint", func(j *JWK) { j.Kid = old.KeyID() }, "thumbprint"},
	}
	for _, tc := range bad {
		t.Run(tc.name+"IsRefused", func(t *testing.T) {
			s := NewJWKSet([]PublicKey{current.Public()})
			tc.mutate(&s.Keys[0])
			if _, err := s.PublicKeys(); err == nil || !strings.Contains(err.Error(), tc.mention) {
				t.Errorf("PublicKeys = %v, want an error mentioning %s", err, tc.mention)
			}
		})
	}
}
