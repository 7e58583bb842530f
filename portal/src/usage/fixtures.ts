// Fake API answers for the usage tests.

type Point = { time: string; requests: number; errors: number; errorRate?: number; p50?: number; p95?: number; p99?: number };

export function point(p: Point) {
  return {
    __typename: 'UsagePoint' as const,
    errorRate: p.requests > 0 ? p.errors / p.requests : 0,
    p50: p.requests > 0 ? 4 : 0,
    p95: p.requests > 0 ? 12 : 0,
    p99: p.requests > 0 ? 30 : 0,
    ...p,
  };
}

export function breakdown(value: string, requests: number, errors = 0) {
  return { __typename: 'UsageBreakdown' as const, value, requests, errors, errorRate: requests > 0 ? errors / requests : 0 };
}

/**
 * A usage report over the variables' window: `calls` maps minutes ago (0 =
 * the current minute) to [requests, errors]; every other bucket is zero.
 */
export function usageReport(variables: Record<string, unknown>, calls: Record<number, [number, number]> = {}, extra: Record<string, unknown> = {}) {
  const filter = (variables.filter ?? {}) as { from: string; to: string; granularity: 'MINUTE' | 'HOUR' | 'DAY' };
  const step = { MINUTE: 60_000, HOUR: 3_600_000, DAY: 86_400_000 }[filter.granularity];
  const from = new Date(filter.from).getTime();
  const to = new Date(filter.to).getTime();
  const series = [];
  for (let t = from; t < to; t += step) {
    const ago = Math.round((to - step - t) / step);
    const [requests, errors] = calls[ago] ?? [0, 0];
    series.push(point({ time: new Date(t).toISOString(), requests, errors }));
  }
  const requests = series.reduce((n, p) => n + p.requests, 0);
  const errors = series.reduce((n, p) => n + p.errors, 0);
  return {
    data: {
      usage: {
        __typename: 'UsageReport',
        from: filter.from,
        to: filter.to,
        granularity: filter.granularity,
        series,
        totals: point({ time: filter.from, requests, errors }),
        byKey: requests ? [breakdown('key_1', requests, errors)] : [],
        byRoute: requests ? [breakdown('GET /v1/verifications', requests - errors), breakdown('GET /v1/verifications/{id}', errors, errors)] : [],
        byStatus: requests ? [breakdown('200', requests - errors), ...(errors ? [breakdown('404', errors, errors)] : [])] : [],
        ...extra,
      },
    },
  };
}

const lastPage = { __typename: 'PageInfo', hasNextPage: false, endCursor: null };

export function keyOptions() {
  return {
    data: {
      apiKeys: {
        __typename: 'APIKeyConnection',
        pageInfo: lastPage,
        edges: [
          { __typename: 'APIKeyEdge', node: { __typename: 'APIKey', id: 'key_1', name: 'Checkout server', prefix: 'kbs_test_abc', last4: 'WXYZ', state: 'ACTIVE' } },
          { __typename: 'APIKeyEdge', node: { __typename: 'APIKey', id: 'key_2', name: 'Batch jobs', prefix: 'kbs_test_def', last4: 'QRST', state: 'ACTIVE' } },
        ],
      },
    },
  };
}

export function applicationOptions() {
  return {
    data: {
      applications: {
        __typename: 'ApplicationConnection',
        pageInfo: lastPage,
        edges: [{ __typename: 'ApplicationEdge', node: { __typename: 'Application', id: 'app_1', name: 'Default application', archivedAt: null } }],
      },
    },
  };
}

export function quotaResult(used: number, quota: number, planName = 'Starter') {
  return {
    data: {
      quota: {
        __typename: 'QuotaStatus',
        plan: { __typename: 'PricingTier', id: planName.toLowerCase(), name: planName, monthlyQuota: quota },
        period: '2026-01',
        used,
        quota,
      },
    },
  };
}

export function requestLog(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'RequestLog',
    id: 'req_1',
    method: 'GET',
    route: 'GET /v1/verifications',
    status: 200,
    errorCode: null,
    latencyUs: 4200,
    clientIP: '203.0.113.7',
    requestID: 'rid_1',
    createdAt: new Date().toISOString(),
    keyID: 'key_1',
    ...overrides,
  };
}

export function requestLogs(logs: ReturnType<typeof requestLog>[], hasNextPage = false, totalCount = logs.length) {
  return {
    data: {
      requestLogs: {
        __typename: 'RequestLogConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor' : null },
        edges: logs.map((node) => ({ __typename: 'RequestLogEdge', node })),
      },
    },
  };
}

type Figures = {
  transactionChecks: { checks: number; approved: number; reviewed: number; declined: number };
  fraud: { checks: number; flagged: number; confirmedFraud: number; confirmedLegitimate: number; flaggedConfirmedFraud: number; flaggedConfirmedLegitimate: number; precision: number | null };
  disputes: { opened: number; resolved: number; won: number; lost: number; winRate: number | null };
  kyc: { checks: number; verified: number; rejected: number; review: number; pending: number; passRate: number | null };
  escrowVolume: Array<{ status: string; currency: string; count: number; amount: number }>;
};

export const emptyFigures: Figures = {
  transactionChecks: { checks: 0, approved: 0, reviewed: 0, declined: 0 },
  fraud: { checks: 0, flagged: 0, confirmedFraud: 0, confirmedLegitimate: 0, flaggedConfirmedFraud: 0, flaggedConfirmedLegitimate: 0, precision: null },
  disputes: { opened: 0, resolved: 0, won: 0, lost: 0, winRate: null },
  kyc: { checks: 0, verified: 0, rejected: 0, review: 0, pending: 0, passRate: null },
  escrowVolume: [],
};

export function domainFiguresResult(f: Partial<Figures> = {}, environment = 'TEST') {
  const all = { ...emptyFigures, ...f };
  return {
    data: {
      domainFigures: {
        __typename: 'DomainFigures',
        from: '2026-12-01T00:00:00Z',
        environment,
        transactionChecks: { __typename: 'TransactionCheckFigures', ...all.transactionChecks },
        fraud: { __typename: 'FraudFigures', ...all.fraud },
        disputes: { __typename: 'DisputeFigures', ...all.disputes },
        kyc: { __typename: 'KycFigures', ...all.kyc },
        escrowVolume: all.escrowVolume.map((v) => ({ __typename: 'EscrowVolume', ...v })),
      },
    },
  };
}

type Money = { amount: number; currency: string };

export function billingResult(
  b: {
    pricingModel?: string;
    units?: Array<{ unit: string; quantity: number; currency?: string | null }>;
    estimatedCharge?: Money;
    otherCharges?: Money[];
    environment?: string;
  } = {},
) {
  return {
    data: {
      billing: {
        __typename: 'Billing',
        period: '2026-12',
        environment: b.environment ?? 'TEST',
        industry: 'FINTECH',
        pricingModel: b.pricingModel ?? 'per_call',
        units: (b.units ?? []).map((u) => ({ __typename: 'MeteredUnitTotal', currency: null, ...u })),
        lines: [],
        estimatedCharge: { __typename: 'BillingAmount', ...(b.estimatedCharge ?? { amount: 0, currency: 'USD' }) },
        otherCharges: (b.otherCharges ?? []).map((m) => ({ __typename: 'BillingAmount', ...m })),
      },
    },
  };
}

/** Answers for the figures and billing cards every usage-page test renders. */
export function figuresHandlers() {
  return { DomainFigures: () => domainFiguresResult(), Billing: () => billingResult() };
}
