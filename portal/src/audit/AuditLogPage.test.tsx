import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { auditFilter } from './AuditLogPage';
import { exportURL } from './ExportButtons';

const entries = (n: number, hasNextPage = false, offset = 0) => ({
  data: {
    auditLogs: {
      __typename: 'AuditLogConnection',
      totalCount: n + (hasNextPage ? 10 : 0),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: 'c' },
      edges: Array.from({ length: n }, (_, i) => ({
        __typename: 'AuditLogEdge',
        node: {
          __typename: 'AuditLog',
          id: `log_${i + offset}`,
          action: 'key.created',
          actorType: 'USER',
          actorID: 'usr_1',
          actor: { __typename: 'AuditActor', kind: 'USER', name: 'Ada Lovelace', email: 'ada@example.com', keyPrefix: null },
          targetType: 'APIKey',
          targetID: `key_${i}`,
          targetName: `Backend (sk_test_ab…12${i})`,
          changes: [],
          ip: '203.0.113.9',
          userAgent: 'Firefox',
          metadata: { name: 'Checkout', scopes: ['a', 'b'] },
          createdAt: '2026-01-01T10:00:00Z',
        },
      })),
    },
  },
});

describe('AuditLogPage', () => {
  it('builds the filter from an action prefix and a day', () => {
    expect(auditFilter('', '')).toBeNull();
    expect(auditFilter('key.', '')).toEqual({ actionHasPrefix: 'key.' });
    expect(auditFilter('key.created', '2026-01-05')).toEqual({
      action: 'key.created',
      createdAtGTE: new Date('2026-01-05T00:00:00').toISOString(),
    });
  });

  it('lists entries with actor, target, IP and details, and filters by action', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      AuditLogs: ({ variables }) => (variables.where ? entries(0) : variables.after === 'c' ? entries(2, false, 2) : entries(2, true)),
    });
    renderApp('/audit-log', { fetch: server.fetch, manager: signedInManager() });
    const table = await screen.findByRole('table', { name: 'Audit log' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent(/key\.created.*Ada Lovelace.*ada@example\.com.*User.*Backend \(sk_test_ab…120\).*APIKey · key_0.*203\.0\.113\.9.*name: Checkout · scopes: a, b/);
    expect(screen.getByText('Showing 2 of 12 entries')).toBeInTheDocument();
    expect(server.seen.find((r) => r.operationName === 'AuditLogs')?.variables).toEqual({ where: null, first: 50, after: null });

    // The next page comes from the end cursor and is appended.
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(5));
    expect(server.seen.filter((r) => r.operationName === 'AuditLogs').at(-1)?.variables).toEqual({ where: null, first: 50, after: 'c' });

    await user.selectOptions(screen.getByLabelText('Action'), 'Webhooks');
    expect(await screen.findByText('Nothing matches these filters.')).toBeInTheDocument();
    await waitFor(() => expect(server.seen.at(-1)?.variables.where).toEqual({ actionHasPrefix: 'webhook.' }));
  });

  it('shows a key actor by name and prefix, staff without an email, and the changed fields behind a summary', async () => {
    const user = userEvent.setup();
    const base = entries(2);
    const [first, second] = base.data.auditLogs.edges;
    first!.node = {
      ...first!.node,
      action: 'key.updated',
      actorType: 'API_KEY',
      actor: { __typename: 'AuditActor', kind: 'API_KEY', name: 'CI deploy', email: null, keyPrefix: 'sk_live_9f…ab12' } as never,
      changes: [
        { __typename: 'AuditChange', field: 'name', from: 'Backend', to: 'Backend EU' },
        { __typename: 'AuditChange', field: 'scopes', from: null, to: null },
      ] as never,
      metadata: null as never,
    };
    second!.node = {
      ...second!.node,
      action: 'application.reviewed',
      actorType: 'STAFF',
      actor: { __typename: 'AuditActor', kind: 'STAFF', name: 'KeyBS staff', email: null, keyPrefix: null } as never,
      targetType: 'Application',
      targetID: 'app_1',
      targetName: 'app_1',
    };
    const server = graphqlFetch({ AuditLogs: () => base });
    renderApp('/audit-log', { fetch: server.fetch, manager: signedInManager() });
    const table = await screen.findByRole('table', { name: 'Audit log' });
    const [, keyRow, staffRow] = within(table).getAllByRole('row');
    expect(keyRow).toHaveTextContent(/CI deploy.*sk_live_9f…ab12.*API key/);
    expect(keyRow).not.toHaveTextContent('@');
    // The target fell back to its id: it is not repeated under the name.
    expect(staffRow).toHaveTextContent(/KeyBS staff.*app_1Application/);
    expect(staffRow).not.toHaveTextContent('@');

    const summary = within(keyRow!).getByText('2 changed fields');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['name Backend → Backend EU', 'scopes']);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('exports through the export endpoint with the page filters an exact action can carry', () => {
    expect(exportURL('csv', '', '')).toBe('/v1/audit-logs/export?format=csv');
    expect(exportURL('json', 'key.created', '2026-01-05')).toBe('/v1/audit-logs/export?format=json&action=key.created&from=2026-01-05');
    // A group of actions is a prefix, which the endpoint does not take: everything is exported.
    expect(exportURL('csv', 'key.', '')).toBe('/v1/audit-logs/export?format=csv');
  });

  it('sends the session token with an export and shows a refused export next to the buttons', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({ AuditLogs: () => entries(1) });
    const manager = signedInManager();
    renderApp('/audit-log', { fetch: server.fetch, manager });
    await screen.findByRole('table', { name: 'Audit log' });
    const exportFetch = vi.fn(async () =>
      new Response(JSON.stringify({ error: { code: 'forbidden', message: 'Only owners and admins may export the audit log.' } }), { status: 403 }),
    );
    vi.stubGlobal('fetch', exportFetch);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only owners and admins may export the audit log.');
    const [url, init] = exportFetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/v1/audit-logs/export?format=csv');
    expect((init.headers as Record<string, string>).Authorization).toBe(`Bearer ${manager.getAccessToken()}`);
  });
});
