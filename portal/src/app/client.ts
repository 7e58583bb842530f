import { authExchange } from '@urql/exchange-auth';
import { Client, cacheExchange, fetchExchange, subscriptionExchange, type Operation } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import type { SessionManager } from '../auth/session';

export interface ApiClientOptions {
  url?: string;
  /** Websocket endpoint for subscriptions; derived from the page's origin by default. */
  wsUrl?: string;
  fetch?: typeof fetch;
  /** Injected by tests: stands in for the graphql-ws client. */
  subscriptions?: Pick<WsClient, 'subscribe' | 'dispose'>;
}

export interface ApiClient {
  client: Client;
  /** Closes the subscription socket, if one was opened. */
  dispose(): void;
}

/**
 * The urql client every feature uses. It sends the session's access token,
 * renews it just before it expires, and when the API still answers
 * `unauthorized` it refreshes once and retries the operation, so the user
 * never sees an expired token.
 */
export function createApiClient(session: SessionManager, options: ApiClientOptions = {}): ApiClient {
  const url = options.url ?? '/graphql';
  let ws: Pick<WsClient, 'subscribe' | 'dispose'> | null = options.subscriptions ?? null;
  const socket = (): Pick<WsClient, 'subscribe' | 'dispose'> => {
    ws ??= createWsClient({
      url: options.wsUrl ?? defaultWsUrl(url),
      lazy: true,
      // Auth travels in connection_init; read it at every (re)connect so a
      // refreshed token is used after a reconnect.
      connectionParams: () => {
        const token = session.getAccessToken();
        return token ? { Authorization: `Bearer ${token}` } : {};
      },
    });
    return ws;
  };

  const client = new Client({
    url,
    // POST for everything: one code path on the server and no tokens or
    // variables in access logs.
    preferGetMethod: false,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const token = session.getAccessToken();
          return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
        },
        willAuthError() {
          return session.isAccessTokenExpired();
        },
        didAuthError(error, operation) {
          // Only a request that carried a token can be fixed by refreshing it;
          // logIn's own `unauthorized` (bad password) must reach the form.
          return (
            sentBearer(operation) &&
            (error.response?.status === 401 ||
              error.graphQLErrors.some((e) => e.extensions?.code === 'unauthorized'))
          );
        },
        async refreshAuth() {
          await session.refresh();
        },
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = socket().subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    dispose() {
      void ws?.dispose();
      ws = null;
    },
  };
}

function sentBearer(operation: Operation): boolean {
  const options = operation.context.fetchOptions;
  const init = typeof options === 'function' ? options() : options;
  const headers = init?.headers;
  if (!headers) return false;
  if (headers instanceof Headers) return headers.has('Authorization');
  if (Array.isArray(headers)) return headers.some(([name]) => name.toLowerCase() === 'authorization');
  return Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
}

function defaultWsUrl(httpUrl: string): string {
  const absolute = new URL(httpUrl, window.location.href);
  absolute.protocol = absolute.protocol === 'https:' ? 'wss:' : 'ws:';
  return absolute.toString();
}
