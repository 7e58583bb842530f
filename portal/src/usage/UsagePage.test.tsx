import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { gqlError, graphqlFetch, type SeenRequest } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { figuresHandlers, applicationOptions, keyOptions, quotaResult, requestLog, requestLogs, usageReport } from './fixtures';

const usageCalls = (seen: SeenRequest[]) => seen.filter((r) => r.operationName === 'Usage');

describe('UsagePage', () => {
  it('moves the totals and the chart when usageUpdated pushes, without a reload', async () => {
    const subscriptions = fakeSubscriptions();
    let calls: Record<number, [number, number]> = { 3: [2, 0], 1: [1, 1] };
    const server = graphqlFetch({
    ...figuresHandlers(),
      Usage: (r) => usageReport(r.variables, calls),
      UsageKeyOptions: () => keyOptions(),
      UsageApplicationOptions: () => applicationOptions(),
      Quota: () => quotaResult(120, 1000),
      RequestLogs: () => requestLogs([requestLog()]),
    });
    const { router } = renderApp('/usage', { fetch: server.fetch, manager: signedInManager(), subscriptions });

    const requests = await screen.findByTestId('usage-total-requests');
    expect(requests).toHaveTextContent('3');
    expect(screen.getByRole('group', { name: 'Requests' })).toHaveTextContent('3');
    expect(screen.getByTestId('usage-total-errors')).toHaveTextContent('1');
    expect(screen.getByTestId('usage-total-error-rate')).toHaveTextContent('33.3%');
    const chart = screen.getByRole('figure', { name: 'Requests and errors' });
    expect(chart).toHaveAccessibleDescription(/^3 requests and 1 error in the last 24 hours; the busiest minute was .* with 2\.$/);
    expect(screen.getByRole('figure', { name: 'Latency percentiles' })).toHaveAccessibleDescription(
      'Over the range: median 4 ms, 95th percentile 12 ms, 99th percentile 30 ms.',
    );

    // The page asked for the last 24 hours by the minute, test traffic.
    const first = usageCalls(server.seen)[0]!.variables.filter as Record<string, unknown>;
    expect(first).toMatchObject({ environment: 'TEST', granularity: 'MINUTE' });
    expect(Date.parse(first.to as string) - Date.parse(first.from as string)).toBe(24 * 3600_000);

    // The subscription follows the same dimensions (the server picks its own window).
    await waitFor(() => expect(subscriptions.active.find((a) => a.operationName === 'UsageUpdated')?.variables).toEqual({ filter: { environment: 'TEST' } }));
    expect(screen.getByRole('status', { name: /^Live/ })).toHaveTextContent('Live');

    const before = usageCalls(server.seen).length;
    calls = { ...calls, 0: [5, 2] };
    subscriptions.emit('UsageUpdated', {
      usageUpdated: { __typename: 'UsageUpdate', at: new Date().toISOString(), requests: 5, errors: 2, totals: { __typename: 'UsagePoint', requests: 5, errors: 2 } },
    });
    await waitFor(() => expect(screen.getByTestId('usage-total-requests')).toHaveTextContent('8'));
    expect(screen.getByTestId('usage-total-errors')).toHaveTextContent('3');
    expect(screen.getByRole('figure', { name: 'Requests and errors' })).toHaveAccessibleDescription(/^8 requests and 3 errors .* with 5\.$/);
    expect(usageCalls(server.seen).length).toBe(before + 1);
    // The log and the quota were asked again too; the page never navigated.
    await waitFor(() => expect(server.seen.filter((r) => r.operationName === 'RequestLogs').length).toBeGreaterThanOrEqual(2));
    expect(server.seen.filter((r) => r.operationName === 'Quota').length).toBeGreaterThanOrEqual(2);
    expect(router.state.location.pathname).toBe('/usage');
    expect(screen.getByTestId('usage-total-requests')).toBe(requests);
  });

  it('collapses a burst of updates into one re-query a second', async () => {
    const subscriptions = fakeSubscriptions();
    const server = graphqlFetch({
    ...figuresHandlers(),
      Usage: (r) => usageReport(r.variables, { 0: [1, 0] }),
      UsageKeyOptions: () => keyOptions(),
      UsageApplicationOptions: () => applicationOptions(),
      Quota: () => quotaResult(0, 1000),
      RequestLogs: () => requestLogs([]),
    });
    renderApp('/usage', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    await screen.findByTestId('usage-total-requests');
    await waitFor(() => expect(subscriptions.active.some((a) => a.operationName === 'UsageUpdated')).toBe(true));
    const before = usageCalls(server.seen).length;
    const update = (n: number) => ({
      usageUpdated: { __typename: 'UsageUpdate', at: new Date().toISOString(), requests: 1, errors: 0, totals: { __typename: 'UsagePoint', requests: n, errors: 0 } },
    });
    const firstPush = performance.now();
    subscriptions.emit('UsageUpdated', update(1));
    await waitFor(() => expect(usageCalls(server.seen).length).toBe(before + 1));
    // Two more right after: one re-query for both, not before a second has
    // passed since the first push (however slowly this machine runs).
    subscriptions.emit('UsageUpdated', update(2));
    subscriptions.emit('UsageUpdated', update(3));
    await waitFor(() => expect(usageCalls(server.seen).length).toBe(before + 2), { timeout: 3000 });
    const trailing = usageCalls(server.seen)[before + 1]!;
    expect(trailing.at - firstPush).toBeGreaterThanOrEqual(990);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(usageCalls(server.seen).length).toBe(before + 2);
  });

  it('filters by range, key, application and route, in the report, the subscription and the log', async () => {
    const user = userEvent.setup();
    const subscriptions = fakeSubscriptions();
    const server = graphqlFetch({
    ...figuresHandlers(),
      Usage: (r) => usageReport(r.variables, { 2: [4, 1] }),
      UsageKeyOptions: () => keyOptions(),
      UsageApplicationOptions: () => applicationOptions(),
      Quota: () => quotaResult(0, 1000),
      RequestLogs: () => requestLogs([requestLog()]),
    });
    const { router } = renderApp('/usage', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    await screen.findByTestId('usage-total-requests');

    await user.click(screen.getByRole('radio', { name: '7 days' }));
    await waitFor(() => expect(usageCalls(server.seen).at(-1)!.variables.filter).toMatchObject({ granularity: 'HOUR' }));
    expect(router.state.location.search).toBe('?range=7d');

    await waitFor(() => expect(within(screen.getByLabelText('Key')).getByRole('option', { name: /Checkout server/ })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Key'), 'key_1');
    await user.selectOptions(screen.getByLabelText('Application'), 'app_1');
    await user.selectOptions(screen.getByLabelText('Route'), 'GET /v1/verifications');
    await waitFor(() =>
      expect(usageCalls(server.seen).at(-1)!.variables.filter).toMatchObject({
        environment: 'TEST',
        granularity: 'HOUR',
        keyId: 'key_1',
        applicationId: 'app_1',
        route: 'GET /v1/verifications',
      }),
    );
    await waitFor(() =>
      expect(subscriptions.active.find((a) => a.operationName === 'UsageUpdated')?.variables).toEqual({
        filter: { environment: 'TEST', keyId: 'key_1', applicationId: 'app_1', route: 'GET /v1/verifications' },
      }),
    );
    const logWhere = server.seen.filter((r) => r.operationName === 'RequestLogs').at(-1)!.variables.where;
    expect(logWhere).toMatchObject({ environment: 'TEST', keyID: 'key_1', applicationID: 'app_1', route: 'GET /v1/verifications' });

    // Every route seen stays selectable while one is chosen.
    expect(within(screen.getByLabelText('Route')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'All routes',
      'GET /v1/verifications',
      'GET /v1/verifications/{id}',
    ]);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?range=7d'));

    // Keys belong to one environment: switching to live data drops the key filter.
    await user.selectOptions(screen.getByLabelText('Key'), 'key_2');
    await waitFor(() => expect(router.state.location.search).toBe('?range=7d&key=key_2'));
    await user.click(screen.getByRole('radio', { name: 'Live data' }));
    await waitFor(() => expect(router.state.location.search).toBe('?range=7d&env=live'));
    await waitFor(() => expect(usageCalls(server.seen).at(-1)!.variables.filter).toEqual(expect.not.objectContaining({ keyId: expect.anything() })));
    expect(usageCalls(server.seen).at(-1)!.variables.filter).toMatchObject({ environment: 'LIVE' });
  });

  it('shows breakdowns, the quota gauge and the request log with its filters and "show more"', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
    ...figuresHandlers(),
      Usage: (r) => usageReport(r.variables, { 0: [10, 2] }),
      UsageKeyOptions: () => keyOptions(),
      UsageApplicationOptions: () => applicationOptions(),
      Quota: () => quotaResult(850, 1000, 'Growth'),
      // Two pages: the second starts after the first one's end cursor.
      RequestLogs: (r) =>
        r.variables.after === 'cursor'
          ? requestLogs([requestLog({ id: 'req_3', route: 'POST /v1/verifications' })], false, 3)
          : requestLogs(
              [requestLog(), requestLog({ id: 'req_2', status: 404, errorCode: 'not_found', route: 'GET /v1/verifications/{id}', keyID: null, latencyUs: 900 })],
              true,
              3,
            ),
    });
    renderApp('/usage', { fetch: server.fetch, manager: signedInManager() });

    const byRoute = await screen.findByRole('table', { name: 'Usage by route' });
    expect(within(byRoute).getAllByRole('row')[1]).toHaveTextContent(/GET \/v1\/verifications\s*8\s*0/);
    expect(screen.getByRole('table', { name: 'Usage by status' })).toHaveTextContent('404');
    expect(screen.getByRole('table', { name: 'Usage by key' })).toHaveTextContent('Checkout server (kbs_test_abc…WXYZ)');

    const meter = await screen.findByRole('meter', { name: 'Live calls used this month' });
    expect(meter).toHaveAttribute('aria-valuetext', '850 of 1,000 live calls used this month (85%).');
    expect(screen.getByTestId('quota-gauge')).toHaveTextContent('Growth plan');

    const log = await screen.findByRole('table', { name: 'Request log' });
    expect(within(log).getByRole('row', { name: /not_found/ })).toHaveTextContent(/404.*0\.9 ms.*Portal \(signed-in session\)/);
    expect(screen.getByText('Showing 2 of 3 requests')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await within(log).findByRole('row', { name: /POST \/v1\/verifications/ })).toBeInTheDocument();
    expect(within(log).getAllByRole('row')).toHaveLength(4);
    expect(server.seen.filter((r) => r.operationName === 'RequestLogs').at(-1)!.variables).toMatchObject({ first: 50, after: 'cursor' });
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Status'), 'errors');
    await user.type(screen.getByLabelText('Route contains'), 'verif');
    await waitFor(() =>
      expect(server.seen.filter((r) => r.operationName === 'RequestLogs').at(-1)!.variables).toMatchObject({
        first: 50,
        where: { environment: 'TEST', statusGTE: 400, routeContainsFold: 'verif' },
      }),
    );
  });

  it('says when the quota is set by contract', async () => {
    const server = graphqlFetch({
    ...figuresHandlers(),
      Usage: (r) => usageReport(r.variables, { 0: [1, 0] }),
      UsageKeyOptions: () => keyOptions(),
      UsageApplicationOptions: () => applicationOptions(),
      Quota: () => quotaResult(42, 0, 'Enterprise'),
      RequestLogs: () => requestLogs([]),
    });
    renderApp('/usage', { fetch: server.fetch, manager: signedInManager() });
    const gauge = await screen.findByTestId('quota-gauge');
    await waitFor(() => expect(gauge).toHaveTextContent('42 live calls · quota by contract'));
    expect(gauge).toHaveTextContent('Enterprise plan');
  });

  it('has an empty state, live data on ?env=live, and an error state with retry', async () => {
    const user = userEvent.setup();
    let fail = true;
    const server = graphqlFetch({
    ...figuresHandlers(),
      Usage: (r) => (fail ? gqlError('server_error', 'boom') : usageReport(r.variables)),
      UsageKeyOptions: () => keyOptions(),
      UsageApplicationOptions: () => applicationOptions(),
      Quota: () => quotaResult(0, 1000),
      RequestLogs: () => requestLogs([]),
    });
    renderApp('/usage?env=live', { fetch: server.fetch, manager: signedInManager() });
    expect(await screen.findByRole('alert')).toHaveTextContent('Usage could not be loaded');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No live calls in the last 24 hours')).toBeInTheDocument();
    expect(screen.getByTestId('usage-total-requests')).toHaveTextContent('0');
    expect(usageCalls(server.seen).at(-1)!.variables.filter).toMatchObject({ environment: 'LIVE' });
    expect(await screen.findByText('No requests')).toBeInTheDocument();
  });

  it('is in the navigation', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
    ...figuresHandlers(),
      AuditLogs: () => ({
        data: { auditLogs: { __typename: 'AuditLogConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } },
      }),
      Usage: (r) => usageReport(r.variables),
      UsageKeyOptions: () => keyOptions(),
      UsageApplicationOptions: () => applicationOptions(),
      Quota: () => quotaResult(0, 1000),
      RequestLogs: () => requestLogs([]),
    });
    const { router } = renderApp('/audit-log', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('link', { name: 'Usage' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/usage'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Usage' })).toBeInTheDocument();
  });
});
