import { Client, fetchExchange, type CombinedError } from '@urql/core';
import { errorCode } from '../app/graphqlErrors';
import { LogOutMutation, RefreshSessionMutation } from './documents';
import { SessionRejectedError, type AuthTokens, type SessionTransport } from './session';

/**
 * The session's own line to the API. It bypasses the app client (and so its
 * auth exchange) so that a refresh can never trigger another refresh.
 */
export function createSessionTransport(url = '/graphql', fetchFn?: typeof fetch): SessionTransport {
  const client = new Client({
    url,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    preferGetMethod: false,
    ...(fetchFn ? { fetch: fetchFn } : {}),
  });

  return {
    async refresh(refreshToken: string): Promise<AuthTokens> {
      const result = await client.mutation(RefreshSessionMutation, { refreshToken }).toPromise();
      if (result.error) throw toSessionError(result.error);
      if (!result.data) throw new Error('refreshSession returned no data');
      return result.data.refreshSession;
    },

    async logOut(refreshToken: string | null, accessToken: string | null): Promise<void> {
      const headers: Record<string, string> = accessToken ? { Authorization: `Bearer ${accessToken}` } : {};
      const result = await client
        .mutation(LogOutMutation, { refreshToken }, { fetchOptions: { headers } })
        .toPromise();
      if (result.error) throw result.error;
    },
  };
}

function toSessionError(error: CombinedError): Error {
  const code = errorCode(error);
  if (code === 'unauthorized' || code === 'not_found' || code === 'validation_error') {
    return new SessionRejectedError(error.message);
  }
  return error;
}
