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

export const endpointResult = (e = endpoint()) => ({
  data: { webhookEndpoints: { __typename: 'WebhookEndpointConnection', edges: [{ __typename: 'WebhookEndpointEdge', node: e }] } },
});

export const deliveriesResult = (list: ReturnType<typeof delivery>[]) => ({
  data: {
    webhookDeliveries: {
      __typename: 'WebhookDeliveryConnection',
      totalCount: list.length,
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
