// Package secretbox encrypts secrets at rest (webhook signing secrets) with
// AES-256-GCM under the server's KEYBS_ENCRYPTION_KEY. Each ciphertext is
// bound to the row and purpose it belongs to through the GCM additional data,
// so a ciphertext copied to another row, or another column, does not decrypt.
package secretbox

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
)

// Box seals and opens secrets with one key.
type Box struct {
	aead cipher.AEAD
}

// New returns a Box for a 32-byte key.
func New(key []byte) (*Box, error) {
	if len(key) != 32 {
		return nil, fmt.Errorf("secretbox: key must be 32 bytes, got %d", len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Box{aead: aead}, nil
}

// Seal encrypts plaintext for the given binding (e.g. "webhook_endpoint:whe_…:secret").
// The result is nonce || ciphertext || tag.
func (b *Box) Seal(plaintext []byte, binding string) []byte {
	nonce := make([]byte, b.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return b.aead.Seal(nonce, nonce, plaintext, []byte(binding))
}

// ErrOpen is returned for a ciphertext that is corrupt, was sealed under
// another key, or belongs to another binding.
var ErrOpen = errors.New("secretbox: cannot decrypt")

// Open decrypts a sealed secret for the same binding it was sealed with.
func (b *Box) Open(sealed []byte, binding string) ([]byte, error) {
	n := b.aead.NonceSize()
	if len(sealed) < n+b.aead.Overhead() {
		return nil, ErrOpen
	}
	out, err := b.aead.Open(nil, sealed[:n], sealed[n:], []byte(binding))
	if err != nil {
		return nil, ErrOpen
	}
	return out, nil
}
