package signing

import (
	"cmp"
	"context"
	"crypto/ed25519"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/keybs/platform/ent"
	"github.com/keybs/platform/ent/privacy"
	"github.com/keybs/platform/ent/signingkey"
	"github.com/keybs/platform/internal/database"
)

// Keyring signs with the server's current key and verifies against every key
// the database has recorded. The public keys are read from the database on
// each call rather than cached, so every replica publishes the same set the
// moment any of them has started with a new key.
type Keyring struct {
	signer *Signer
	client *ent.Client
}

// Open records the public half of the key with the given seed in the
// database (once; replicas sharing a key share its row), marks every other
// recorded key retired, and returns a keyring that signs with it. Starting
// again with an older key makes that key current again.
func Open(ctx context.Context, client *ent.Client, seed []byte, now func() time.Time) (*Keyring, error) {
	signer, err := NewSigner(seed)
	if err != nil {
		return nil, err
	}
	k := &Keyring{signer: signer, client: client}
	if err := k.record(ctx, now().UTC()); err != nil {
		return nil, fmt.Errorf("signing: record the signing key: %w", err)
	}
	return k, nil
}

func (k *Keyring) record(ctx context.Context, at time.Time) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	pub := k.signer.Public()
	return database.WithTx(ctx, k.client, func(tx *ent.Tx) error {
		err := tx.SigningKey.Create().SetKid(pub.KeyID).SetPublicKey(pub.Key).SetCreatedAt(at).
			OnConflictColumns(signingkey.FieldKid).DoNothing().Exec(ctx)
		// With DO NOTHING, a row that already exists inserts nothing, which
		// ent reports as no rows.
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.SigningKey.Update().
			Where(signingkey.KidNEQ(pub.KeyID), signingkey.RetiredAtIsNil()).
			SetRetiredAt(at).Save(ctx); err != nil {
			return err
		}
		_, err = tx.SigningKey.Update().
			Where(signingkey.Kid(pub.KeyID), signingkey.RetiredAtNotNil()).
			ClearRetiredAt().Save(ctx)
		return err
	})
}

// KeyID returns the id of the key the keyring signs with.
func (k *Keyring) KeyID() string { return k.signer.KeyID() }

// Sign signs fields with the current key; see Signer.Sign.
func (k *Keyring) Sign(fields any) (Signed, error) { return k.signer.Sign(fields) }

// Verify checks s against the recorded key it names; see the package-level
// Verify for the checks and the reasons it returns. An error that wraps none
// of those reasons means the key could not be looked up.
func (k *Keyring) Verify(ctx context.Context, s Signed) error {
	row, err := k.client.SigningKey.Query().Where(signingkey.Kid(s.KeyID)).
		Only(privacy.DecisionContext(ctx, privacy.Allow))
	if ent.IsNotFound(err) {
		return Verify(nil, s) // still reports a malformed object before the unknown key
	}
	if err != nil {
		return fmt.Errorf("signing: look up key %q: %w", s.KeyID, err)
	}
	key, err := fromRow(row)
	if err != nil {
		return err
	}
	return Verify([]PublicKey{key}, s)
}

// Keys returns every recorded public key: current ones first (newest first),
// then retired ones, most recently retired first.
func (k *Keyring) Keys(ctx context.Context) ([]PublicKey, error) {
	rows, err := k.client.SigningKey.Query().All(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return nil, fmt.Errorf("signing: load keys: %w", err)
	}
	keys := make([]PublicKey, 0, len(rows))
	for _, r := range rows {
		key, err := fromRow(r)
		if err != nil {
			return nil, err
		}
		keys = append(keys, key)
	}
	slices.SortFunc(keys, func(a, b PublicKey) int {
		if a.Retired() != b.Retired() {
			if a.Retired() {
				return 1
			}
			return -1
		}
		if a.Retired() {
			if c := b.RetiredAt.Compare(*a.RetiredAt); c != 0 {
				return c
			}
		}
		if c := b.CreatedAt.Compare(a.CreatedAt); c != 0 {
			return c
		}
		return cmp.Compare(a.KeyID, b.KeyID)
	})
	return keys, nil
}

// JWKS returns every recorded public key as a JWK set, in the order of Keys.
func (k *Keyring) JWKS(ctx context.Context) (JWKSet, error) {
	keys, err := k.Keys(ctx)
	if err != nil {
		return JWKSet{}, err
	}
	return NewJWKSet(keys), nil
}

// fromRow turns a stored key into a PublicKey, refusing a row whose kid is
// not its key's thumbprint: such a row was not written by Open.
func fromRow(r *ent.SigningKey) (PublicKey, error) {
	pub := ed25519.PublicKey(r.PublicKey)
	if len(pub) != ed25519.PublicKeySize || Thumbprint(pub) != r.Kid {
		return PublicKey{}, fmt.Errorf("signing: stored key %s does not match its kid %q", r.ID, r.Kid)
	}
	return PublicKey{KeyID: r.Kid, Key: pub, CreatedAt: r.CreatedAt, RetiredAt: r.RetiredAt}, nil
}
