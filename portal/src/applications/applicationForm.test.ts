import { describe, expect, it } from 'vitest';
import { suggestTier, toApplicationInput, validateApplication, formValues } from './applicationForm';

const TIERS = [
  { id: 'ENTERPRISE', name: 'Enterprise', maxMonthlyVolume: 0 },
  { id: 'STARTER', name: 'Starter', maxMonthlyVolume: 10_000 },
  { id: 'SCALE', name: 'Scale', maxMonthlyVolume: 1_000_000 },
  { id: 'GROWTH', name: 'Growth', maxMonthlyVolume: 100_000 },
];

describe('application form', () => {
  it('suggests the smallest tier that covers the volume, else the unbounded one', () => {
    expect(suggestTier(TIERS, 0)?.id).toBe('STARTER');
    expect(suggestTier(TIERS, 10_000)?.id).toBe('STARTER');
    expect(suggestTier(TIERS, 10_001)?.id).toBe('GROWTH');
    expect(suggestTier(TIERS, 250_000)?.id).toBe('SCALE');
    expect(suggestTier(TIERS, 5_000_000)?.id).toBe('ENTERPRISE');
  });

  it('checks the name, the industry, callback URLs and the volume', () => {
    const values = { ...formValues(null), name: ' ', callbackUrls: ['ftp://x'], expectedMonthlyVolume: -1 };
    expect(validateApplication(values)).toEqual({
      name: expect.any(String),
      industry: 'Choose an industry.',
      callbackUrls: '"ftp://x" is not an absolute http(s) URL.',
      expectedMonthlyVolume: 'Enter a whole number of calls per month.',
    });
  });

  it('sends every profile field, empty text as null', () => {
    const values = { ...formValues(null, 'FINTECH'), name: 'Checkout ', expectedMonthlyVolume: '5000', requiredModules: ['KYC' as const] };
    expect(toApplicationInput(values)).toEqual({
      name: 'Checkout',
      description: null,
      industry: 'FINTECH',
      regulatoryCategory: null,
      callbackUrls: [],
      ipAllowlist: [],
      expectedMonthlyVolume: 5000,
      requiredModules: ['KYC'],
    });
  });
});
