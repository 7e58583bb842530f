import { vi } from 'vitest';

/** One GraphQL request as the fake server saw it. */
export interface SeenRequest {
  operationName: string;
  variables: Record<string, unknown>;
  authorization: string | null;
  /** When the request was sent, in performance.now() milliseconds. */
  at: number;
}

export type GraphQLBody = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

type Handler = (request: SeenRequest) => GraphQLBody | Promise<GraphQLBody>;

/**
 * What the signed-in shell itself asks for (the notification bell), answered
 * unless a test gives its own handler.
 */
const SHELL_DEFAULTS: Record<string, Handler> = {
  Notifications: () => ({
    data: {
      notifications: { __typename: 'NotificationConnection', totalCount: 0, edges: [] },
      unreadNotificationCount: 0,
    },
  }),
  MyOrganizations: () => ({
    data: {
      viewer: {
        __typename: 'User',
        id: 'usr_1',
        memberships: [
          { __typename: 'Membership', id: 'mem_1', role: 'OWNER', tenant: { __typename: 'Tenant', id: 'ten_1', name: 'Analytical Engines' } },
        ],
      },
    },
  }),
  AccountBanners: () => ({
    data: {
      viewer: {
        __typename: 'User',
        id: 'usr_1',
        mfaSetupRequired: false,
        memberships: [{ __typename: 'Membership', id: 'mem_1', tenant: { __typename: 'Tenant', id: 'ten_1', termsUpToDate: true } }],
      },
    },
  }),
};

/**
 * A fetch that answers GraphQL requests by operation name, standing in for
 * the server in unit tests. Unknown operations fail the test loudly.
 */
export function graphqlFetch(handlers: Record<string, Handler>) {
  const seen: SeenRequest[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method && init.method !== 'POST') throw new Error(`graphqlFetch: expected POST, got ${init.method} ${String(input)}`);
    const body = JSON.parse(String(init?.body ?? '{}')) as {
      operationName?: string;
      query?: string;
      variables?: Record<string, unknown>;
    };
    const operationName = body.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '';
    const headers = new Headers(init?.headers);
    const request: SeenRequest = {
      operationName,
      variables: body.variables ?? {},
      authorization: headers.get('authorization'),
      at: performance.now(),
    };
    seen.push(request);
    const handler = handlers[operationName] ?? SHELL_DEFAULTS[operationName];
    if (!handler) throw new Error(`graphqlFetch: no handler for operation "${operationName}"`);
    const result = await handler(request);
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return { fetch: fetchFn as unknown as typeof fetch, seen };
}

export function gqlError(code: string, message: string, field?: string): GraphQLBody {
  return { data: null, errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] } as GraphQLBody;
}
