package secretbox_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/keybs/platform/internal/secretbox"
)

func TestSecretBox(t *testing.T) {
	box, err := secretbox.New(bytes.Repeat([]byte{1}, 32))
	if err != nil {
		t.Fatal(err)
	}
	other, _ := secretbox.New(bytes.Repeat([]byte{2}, 32))
	secret := []byte("whsec_c2VjcmV0")
	sealed := box.Seal(secret, "webhook_endpoint:whe_1:secret")

	t.Run("RoundTrips", func(t *testing.T) {
		got, err := box.Open(sealed, "webhook_endpoint:whe_1:secret")
		if err != nil || !bytes.Equal(got, secret) {
			t.Fatalf("got %q, %v", got, err)
		}
	})
	t.Run("CiphertextDoesNotContainThePlaintext", func(t *testing.T) {
		if bytes.Contains(sealed, secret) {
			t.Fatal("plaintext visible in ciphertext")
		}
	})
	t.Run("SealingTwiceDiffers", func(t *testing.T) {
		if bytes.Equal(sealed, box.Seal(secret, "webhook_endpoint:whe_1:secret")) {
			t.Fatal("nonce reused")
		}
	})
	failures := map[string]func() ([]byte, error){
		"CopiedToAnotherRowDoesNotOpen":    func() ([]byte, error) { return box.Open(sealed, "webhook_endpoint:whe_2:secret") },
		"CopiedToAnotherColumnDoesNotOpen": func() ([]byte, error) { return box.Open(sealed, "webhook_endpoint:whe_1:previous_secret") },
		"OtherKeyDoesNotOpen":              func() ([]byte, error) { return other.Open(sealed, "webhook_endpoint:whe_1:secret") },
		"TamperedDoesNotOpen": func() ([]byte, error) {
			c := bytes.Clone(sealed)
			c[len(c)-1] ^= 1
			return box.Open(c, "webhook_endpoint:whe_1:secret")
		},
		"TruncatedDoesNotOpen": func() ([]byte, error) { return box.Open(sealed[:5], "webhook_endpoint:whe_1:secret") },
	}
	for name, open := range failures {
		t.Run(name, func(t *testing.T) {
			if _, err := open(); !errors.Is(err, secretbox.ErrOpen) {
				t.Fatalf("err = %v, want ErrOpen", err)
			}
		})
	}
	t.Run("ShortKeyIsRejected", func(t *testing.T) {
		if _, err := secretbox.New(make([]byte, 16)); err == nil {
			t.Fatal("accepted a 16-byte key")
		}
	})
}
