// Fake API answers for the webhooks tests.

export function endpoint(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'WebhookEndpoint',
    id: 'wh_1',
    url: 'https://example.com/hooks',
    description: 'Main',
    environment: 'TEST',
    eventTypes: [],
    status: 'ENABLED',
    disabledReason: null,
    failingSince: null,
    previousSecretExpiresAt: null,
    deletedAt: null,
    createdAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

export function delivery(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'WebhookDelivery',
    id: 'whd_1',
    eventID: 'evt_1',
    eventType: 'verification.approved',
    attempt: 1,
    trigger: 'SCHEDULED',
    status: 'SUCCEEDED',
    scheduledAt: '2026-01-01T10:00:00Z',
    attemptedAt: '2026-01-01T10:00:00Z',
    responseStatus: 200,
    durationMs: 42,
    errorMessage: null,
    nextRetryAt: null,
    createdAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

/** The endpoint page's query: the endpoint as a node (deleted ones too). */
export const endpointResult = (e: ReturnType<typeof endpoint> | null = endpoint()) => ({ data: { node: e } });

export const deliveriesResult = (list: ReturnType<typeof delivery>[], page: { hasNextPage?: boolean; totalCount?: number } = {}) => ({
  data: {
    webhookDeliveries: {
      __typename: 'WebhookDeliveryConnection',
      totalCount: page.totalCount ?? list.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: page.hasNextPage ?? false, endCursor: page.hasNextPage ? `after_${list.at(-1)?.id ?? ''}` : null },
      edges: list.map((node) => ({ __typename: 'WebhookDeliveryEdge', node })),
    },
  },
});

export const eventTypes = () => ({
  data: {
    eventTypes: [
      { __typename: 'EventType', name: 'verification.approved', description: 'Case approved.' },
      { __typename: 'EventType', name: 'webhook.test', description: 'A test.' },
    ],
  },
});

export function message(overrides: Record<string, unknown> = {}, attempts: ReturnType<typeof delivery>[] = [delivery()]) {
  return {
    __typename: 'WebhookMessage',
    id: 'evt_1',
    eventType: 'verification.approved',
    createdAt: '2026-01-01T10:00:00Z',
    status: 'SUCCEEDED',
    attempts,
    ...overrides,
  };
}

export const messagesResult = (list: ReturnType<typeof message>[], page: { hasNextPage?: boolean; totalCount?: number } = {}) => ({
  data: {
    webhookMessages: {
      __typename: 'WebhookMessageConnection',
      totalCount: page.totalCount ?? list.length,
      pageInfo: { __typename: 'WebhookMessagePageInfo', hasNextPage: page.hasNextPage ?? false, endCursor: page.hasNextPage ? `after_${list.at(-1)?.id ?? ''}` : null },
      edges: list.map((node) => ({ __typename: 'WebhookMessageEdge', node })),
    },
  },
});
