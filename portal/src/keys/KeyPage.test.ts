import { describe, expect, it } from 'vitest';
import { describeLimit } from './KeyPage';

describe('key page', () => {
  it('says where a key’s per-minute limit comes from, in words, never the enum value', () => {
    expect(describeLimit({ perMinute: 120, source: 'PLAN', plan: { name: 'Starter' } })).toBe('120 requests a minute, from your Starter plan');
    expect(describeLimit({ perMinute: 120, source: 'DEFAULT', plan: { name: 'Starter' } })).toBe(
      '120 requests a minute, from the default for the key’s environment and industry',
    );
    expect(describeLimit({ perMinute: 5000, source: 'KEY_OVERRIDE', plan: null })).toBe('5,000 requests a minute, from an override KeyBS set on this key');
    expect(describeLimit({ perMinute: 2000, source: 'TENANT_OVERRIDE' })).toBe('2,000 requests a minute, from an override KeyBS set on your organization');
  });
});
