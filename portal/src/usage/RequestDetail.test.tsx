import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { figuresHandlers, applicationOptions, keyOptions, quotaResult, requestLog, requestLogs, usageReport } from './fixtures';

const refused = {
  ...requestLog({ id: 'rl_9', method: 'POST', route: 'POST /v1/verifications', status: 401, errorCode: 'unauthorized', requestID: 'req_refused' }),
  environment: 'TEST',
  userAgent: 'curl/8.5.0',
  requestBody: '{"supplier_name":"[REDACTED]","country_code":"DE"}',
  requestBodyTruncated: false,
  responseBody: '{"error":{"code":"unauthorized","message":"API key revoked","request_id":"req_refused"}}',
  responseBodyTruncated: true,
};

function server(detail: unknown[] = [refused]) {
  return graphqlFetch({
    ...figuresHandlers(),
    Usage: (r) => usageReport(r.variables, { 1: [1, 1] }),
    UsageKeyOptions: () => keyOptions(),
    UsageApplicationOptions: () => applicationOptions(),
    Quota: () => quotaResult(1, 1000),
    RequestLogs: () => requestLogs([requestLog({ route: 'POST /v1/verifications', status: 401, errorCode: 'unauthorized', requestID: 'req_refused' })]),
    RequestLogDetail: () => ({
      data: { requestLogs: { __typename: 'RequestLogConnection', edges: detail.map((node) => ({ __typename: 'RequestLogEdge', node })) } },
    }),
  });
}

// Each test renders the whole usage page; on a busy machine that takes a while.
describe('RequestDetail', () => {
  it('opens from a row, shows the call with its redacted bodies, and puts it in the address', async () => {
    const fetch = server();
    const { router } = renderApp('/usage', { fetch: fetch.fetch, manager: signedInManager(), subscriptions: fakeSubscriptions() });
    await userEvent.click(await screen.findByRole('button', { name: /^Open POST \/v1\/verifications, 401, request req_refused$/ }, { timeout: 15_000 }));

    const drawer = await screen.findByRole('dialog', { name: 'Request' }, { timeout: 15_000 });
    const summary = await within(drawer).findByRole('table', { name: 'Request summary' }, { timeout: 15_000 });
    expect(summary).toHaveTextContent('unauthorized');
    expect(summary).toHaveTextContent('curl/8.5.0');
    expect(summary).toHaveTextContent('203.0.113.7');
    expect(within(drawer).getByRole('figure', { name: 'Request body' })).toHaveTextContent('"supplier_name": "[REDACTED]"');
    expect(within(drawer).getByRole('figure', { name: 'Response body' })).toHaveTextContent('API key revoked');
    // Only the response was cut short.
    expect(within(drawer).getAllByText('Truncated')).toHaveLength(1);
    expect(router.state.location.search).toBe('?request=req_refused');
    expect(fetch.seen.find((r) => r.operationName === 'RequestLogDetail')?.variables).toEqual({ requestID: 'req_refused' });

    await userEvent.click(within(drawer).getByRole('button', { name: 'Close the request' }));
    await waitFor(() => expect(router.state.location.search).toBe(''), { timeout: 15_000 });
  }, 60_000);

  it('opens straight from a link by request ID', async () => {
    const fetch = server();
    renderApp('/usage?request=req_refused', { fetch: fetch.fetch, manager: signedInManager(), subscriptions: fakeSubscriptions() });
    const drawer = await screen.findByRole('dialog', { name: 'Request' }, { timeout: 15_000 });
    expect(await within(drawer).findByRole('table', { name: 'Request summary' }, { timeout: 15_000 })).toHaveTextContent('req_refused');
  }, 60_000);

  it('says when no call has that request ID', async () => {
    const fetch = server([]);
    renderApp('/usage?request=req_nope', { fetch: fetch.fetch, manager: signedInManager(), subscriptions: fakeSubscriptions() });
    const drawer = await screen.findByRole('dialog', { name: 'Request' }, { timeout: 15_000 });
    expect(await within(drawer).findByText(/No call with request ID/, {}, { timeout: 15_000 })).toHaveTextContent('req_nope');
  }, 60_000);

  it('searches the log by request ID and error code', async () => {
    const fetch = server();
    renderApp('/usage', { fetch: fetch.fetch, manager: signedInManager(), subscriptions: fakeSubscriptions() });
    await userEvent.type(await screen.findByRole('textbox', { name: /^Request ID/ }, { timeout: 15_000 }), 'req_refused');
    await waitFor(() =>
      expect(fetch.seen.filter((r) => r.operationName === 'RequestLogs').at(-1)?.variables.where).toEqual({ environment: 'TEST', requestID: 'req_refused' }),
    );
    await userEvent.clear(screen.getByRole('textbox', { name: /^Request ID/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Error code' }), 'unauthorized');
    await waitFor(() =>
      expect(fetch.seen.filter((r) => r.operationName === 'RequestLogs').at(-1)?.variables.where).toMatchObject({ environment: 'TEST', errorCode: 'unauthorized' }),
    );
  }, 60_000);
});
