import { describe, expect, it } from 'vitest';
import { DEFAULT_APP, SCOPES } from './fixtures';
import { curlExample, defaultScopes, expiresAt, initialKeyForm, liveBlockedReason, toCreateInput, validateKeyForm } from './keyForm';

const READY = { ...DEFAULT_APP, status: 'APPROVED' as const, organization: { ...DEFAULT_APP.organization, kycStatus: 'VERIFIED' as const } };

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('key form', () => {
  it('pre-fills every scope the application may use, and only SDK-safe ones for publishable keys', () => {
    expect(defaultScopes(DEFAULT_APP, 'SECRET', SCOPES)).toEqual([
      'verification:create',
      'verification:read',
      'report:read',
      'escrow:initiate',
    ]);
    expect(defaultScopes(DEFAULT_APP, 'PUBLISHABLE', SCOPES)).toEqual(['report:read']);
  });

  it('starts a restricted key on the read scopes only, for the user to add to', () => {
    expect(defaultScopes(DEFAULT_APP, 'RESTRICTED', SCOPES)).toEqual(['verification:read', 'report:read']);
  });

  it('starts on the default application in the environment of the page', () => {
    const values = initialKeyForm('LIVE', [{ ...READY, id: 'other', isDefault: false }, READY], SCOPES);
    expect(values).toMatchObject({ applicationId: 'app_1', environment: 'LIVE', kind: 'SECRET', expiry: 'never' });
  });

  it('says which onboarding step a live key waits for, and starts on test until then', () => {
    expect(liveBlockedReason(DEFAULT_APP)).toBe(
      'Live keys need your organization’s KYC/AML verification (step 2 on the Onboarding page), which is submitted and waiting for review.',
    );
    const kycDone = { ...DEFAULT_APP, organization: { ...DEFAULT_APP.organization, kycStatus: 'VERIFIED' as const } };
    expect(liveBlockedReason(kycDone)).toMatch(/Default application approved for production \(step 3 on the Onboarding page\), which is not requested yet/);
    expect(liveBlockedReason(READY)).toBeNull();
    expect(initialKeyForm('LIVE', [DEFAULT_APP], SCOPES).environment).toBe('TEST');
  });

  it('turns an expiry choice into an instant', () => {
    expect(expiresAt({ expiry: 'never', expiresOn: '' }, NOW)).toBeNull();
    expect(expiresAt({ expiry: '30', expiresOn: '' }, NOW)).toBe('2026-03-31T12:00:00.000Z');
    expect(Date.parse(expiresAt({ expiry: 'custom', expiresOn: '2026-04-10' }, NOW) ?? '')).toBeGreaterThan(NOW);
  });

  it('asks for a name, a scope, a future date and origins for publishable keys', () => {
    const base = initialKeyForm('TEST', [DEFAULT_APP], SCOPES);
    expect(validateKeyForm({ ...base, name: ' ', scopes: [] }, NOW)).toMatchObject({
      name: expect.stringContaining('name'),
      scopes: 'Choose at least one scope.',
    });
    expect(validateKeyForm({ ...base, name: 'a', expiry: 'custom', expiresOn: '2020-01-01' }, NOW).expiresOn).toBe(
      'Choose a date in the future.',
    );
    expect(validateKeyForm({ ...base, name: 'a', kind: 'PUBLISHABLE', allowedOrigins: ['shop.example.com/path'] }, NOW).allowedOrigins).toMatch(
      /not an origin/,
    );
    expect(validateKeyForm({ ...base, name: 'a' }, NOW)).toEqual({});
  });

  it('sends allowed origins only for publishable keys', () => {
    const base = { ...initialKeyForm('TEST', [DEFAULT_APP], SCOPES), name: ' Checkout ', allowedOrigins: ['https://a.example'] };
    expect(toCreateInput(base, NOW)).toEqual({
      name: 'Checkout',
      applicationId: 'app_1',
      kind: 'SECRET',
      environment: 'TEST',
      scopes: base.scopes,
      expiresAt: null,
      currencyType: 'FIAT',
      ipAllowlist: [],
    });
    expect(toCreateInput({ ...base, kind: 'PUBLISHABLE' }, NOW).allowedOrigins).toEqual(['https://a.example']);
  });

  it('writes a curl call with the key filled in', () => {
    expect(curlExample('kbs_test_secret', { scopes: ['verification:read'] }, 'https://api.example')).toBe(
      'curl https://api.example/v1/verifications \\\n  -H "Authorization: Bearer kbs_test_secret"',
    );
    expect(curlExample('kbs_pk_test_x', { scopes: ['report:read'], allowedOrigins: ['https://shop.example'] }, 'https://api.example')).toContain(
      '/v1/reports \\\n  -H "Authorization: Bearer kbs_pk_test_x" \\\n  -H "Origin: https://shop.example"',
    );
  });
});
