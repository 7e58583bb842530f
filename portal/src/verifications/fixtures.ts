// Response shapes for the verification pages' tests, as the API answers them.

export function caseSummary(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'VerificationCase',
    id: 'vc_1',
    verificationID: 'KBS-VR-000001',
    supplierName: 'Acme Textiles',
    countryCode: 'IN',
    tier: 'TIER1',
    package: 'STANDARD',
    status: 'IN_REVIEW',
    state: 'in_review',
    environment: 'TEST',
    clientReference: 'po-7 sim_manual',
    createdAt: '2026-11-30T10:00:00Z',
    ...overrides,
  };
}

export function rfiItem(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'RFIItem',
    id: 'rfi_1',
    kind: 'DOCUMENT',
    documentKind: 'TRADE_LICENSE',
    message: 'The current trade license, please.',
    status: 'OPEN',
    answer: null,
    documentID: null,
    answeredAt: null,
    createdAt: '2026-11-30T11:00:00Z',
    ...overrides,
  };
}

export function signedReport(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Report',
    id: 'rep_1',
    lifecycleStatus: 'PUBLISHED',
    trustScore: 82,
    riskBand: 'LOW',
    controls: ['Annual re-check'],
    demo: true,
    disputed: false,
    disputeReason: null,
    signedAt: '2026-11-30T13:00:00Z',
    validUntil: '2027-11-30T13:00:00Z',
    publishedAt: '2026-11-30T13:05:00Z',
    revokedAt: null,
    revokeReason: null,
    digest: 'a'.repeat(64),
    signature: 'c2lnbmF0dXJl',
    keyID: 'kbs-sign-2026',
    verifyURL: 'http://localhost/verify/KBS-VR-000001',
    pdfURL: 'http://localhost/verify/KBS-VR-000001.pdf',
    ...overrides,
  };
}

export function caseDetail(overrides: Record<string, unknown> = {}) {
  return {
    ...caseSummary(),
    contactEmail: 'supplier@acme.example',
    createdVia: 'API',
    trustScore: null,
    riskBand: null,
    decidedAt: null,
    declineReason: null,
    updatedAt: '2026-11-30T11:00:00Z',
    timeline: [
      {
        __typename: 'CaseEvent',
        id: 'ev_1',
        action: 'verification.submitted',
        fromStatus: null,
        toStatus: 'submitted',
        actor: 'an API key',
        reason: null,
        createdAt: '2026-11-30T10:00:00Z',
      },
      {
        __typename: 'CaseEvent',
        id: 'ev_2',
        action: 'verification.in_review',
        fromStatus: 'submitted',
        toStatus: 'in_review',
        actor: 'a KeyBS analyst',
        reason: null,
        createdAt: '2026-11-30T10:30:00Z',
      },
    ],
    rfiItems: [],
    documents: [],
    report: null,
    organization: { __typename: 'Tenant', id: 'ten_1', name: 'Analytical Engines' },
    ...overrides,
  };
}

/** A GraphQL error response as the server sends it. */
export function refusal(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }], data: null };
}

export function shareToken(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ShareToken',
    id: 'st_1',
    prefix: 'kbs_share_AbC',
    status: 'ACTIVE',
    fields: ['VERIFICATION_ID', 'SUPPLIER_NAME'],
    maxUses: 5,
    uses: 2,
    usesRemaining: 3,
    expiresAt: '2026-12-07T13:00:00Z',
    revokedAt: null,
    lastUsedAt: '2026-12-01T09:00:00Z',
    createdAt: '2026-11-30T14:00:00Z',
    ...overrides,
  };
}

/** The answer of the ShareTokens query for these tokens. */
export function shareTokens(nodes: unknown[]) {
  return {
    data: {
      shareTokens: {
        __typename: 'ShareTokenConnection',
        totalCount: nodes.length,
        edges: nodes.map((node) => ({ __typename: 'ShareTokenEdge', node })),
      },
    },
  };
}

export function shareAttempt(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ShareAttempt',
    id: 'sa_1',
    createdAt: '2026-12-01T09:00:00Z',
    outcome: 'REVEALED',
    ip: '203.0.113.9',
    domain: 'buyer.example',
    userAgent: 'BuyerBot/1.0',
    ...overrides,
  };
}
