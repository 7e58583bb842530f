// Fake API answers for the keys tests.

export const SCOPES: Array<{ __typename: 'ScopeInfo'; name: string; description: string; sdkSafe: boolean }> = [
  { __typename: 'ScopeInfo' as const, name: 'verification:create', description: 'Create verification cases.', sdkSafe: false },
  { __typename: 'ScopeInfo' as const, name: 'verification:read', description: 'List and read verification cases.', sdkSafe: false },
  { __typename: 'ScopeInfo' as const, name: 'report:read', description: 'Read published reports.', sdkSafe: true },
  { __typename: 'ScopeInfo' as const, name: 'escrow:initiate', description: 'Open an escrow.', sdkSafe: false },
  { __typename: 'ScopeInfo' as const, name: 'kyc:agecheck', description: 'Age checks.', sdkSafe: false },
];

export const DEFAULT_APP = {
  __typename: 'Application' as const,
  id: 'app_1',
  name: 'Default application',
  isDefault: true,
  status: 'DRAFT' as const,
  industry: 'PAYMENTS' as const,
  allowedScopes: ['verification:create', 'verification:read', 'report:read', 'escrow:initiate'],
  organization: { __typename: 'Tenant' as const, id: 'ten_1', kycStatus: 'SUBMITTED' as const },
};

export const PLAN = { __typename: 'PricingTier' as const, id: 'STARTER', name: 'Starter', rateLimitPerMinute: 120, monthlyQuota: 10_000 };

export const formOptions = () => ({
  data: {
    applications: { __typename: 'ApplicationConnection', edges: [{ __typename: 'ApplicationEdge', node: DEFAULT_APP }] },
    quota: { __typename: 'QuotaStatus', plan: PLAN },
    scopes: SCOPES,
  },
});

export function apiKey(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'APIKey',
    id: 'key_1',
    name: 'Checkout server',
    kind: 'SECRET',
    environment: 'TEST',
    prefix: 'kbs_test_abc',
    last4: 'WXYZ',
    scopes: ['verification:create', 'verification:read'],
    ipAllowlist: null,
    allowedOrigins: null,
    currencyType: 'FIAT',
    expiresAt: null,
    rateLimitPerMinute: 120,
    rotationDueAt: '2099-01-01T00:00:00Z',
    lastUsedAt: '2026-01-02T10:00:00Z',
    lastUsedIP: '203.0.113.7',
    revokedAt: null,
    revokedReason: null,
    graceUntil: null,
    rotatedTo: null,
    createdAt: '2026-01-01T10:00:00Z',
    state: 'ACTIVE',
    application: { __typename: 'Application', id: 'app_1', name: 'Default application' },
    ...overrides,
  };
}

export function keyList(keys: ReturnType<typeof apiKey>[], page: { hasNextPage?: boolean; totalCount?: number } = {}) {
  return {
    data: {
      apiKeys: {
        __typename: 'APIKeyConnection',
        totalCount: page.totalCount ?? keys.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: page.hasNextPage ?? false, endCursor: page.hasNextPage ? `after_${keys.at(-1)?.id ?? ''}` : null },
        edges: keys.map((node) => ({ __typename: 'APIKeyEdge', node })),
      },
    },
  };
}
