import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { TEST_USER, fakeTransport, renderApp, tokens } from '../test/renderApp';
import { SessionManager } from '../auth/session';

function signedIn() {
  const manager = new SessionManager(fakeTransport());
  manager.signIn(tokens());
  return manager;
}

const tenant = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Tenant',
  id: 'ten_1',
  name: 'Analytical Engines',
  slug: 'analytical-engines',
  industry: 'IGAMING',
  kycStatus: 'SUBMITTED',
  termsVersion: '2026-01',
  termsAcceptedAt: '2026-01-02T10:00:00Z',
  ...overrides,
});

function viewerWith(t: ReturnType<typeof tenant>) {
  return () => ({
    data: {
      viewer: {
        __typename: 'User',
        ...TEST_USER,
        memberships: [{ __typename: 'Membership', id: 'mem_1', role: 'DEVELOPER', tenant: t }],
      },
    },
  });
}

describe('DashboardPage', () => {
  it('shows the organization, its industry, the role, KYC status and terms acceptance', async () => {
    const server = graphqlFetch({ DashboardViewer: viewerWith(tenant()) });
    renderApp('/', { fetch: server.fetch, manager: signedIn() });
    const org = await screen.findByRole('region', { name: 'Analytical Engines' });
    const row = (label: string) => within(org).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
    expect(row('Industry')).toHaveTextContent('iGaming');
    expect(row('Your role')).toHaveTextContent('Developer');
    expect(row('KYC status')).toHaveTextContent('Submitted, under review');
    expect(row('API Terms of Service')).toHaveTextContent(/Accepted \(version 2026-01\) on .*2026/);
  });

  it('says when the terms have not been accepted', async () => {
    const server = graphqlFetch({
      DashboardViewer: viewerWith(tenant({ termsAcceptedAt: null, termsVersion: null })),
    });
    renderApp('/', { fetch: server.fetch, manager: signedIn() });
    const org = await screen.findByRole('region', { name: 'Analytical Engines' });
    expect(within(org).getByRole('rowheader', { name: 'API Terms of Service' }).closest('tr')).toHaveTextContent(
      'Not accepted',
    );
  });

  it('offers a retry when the account cannot be loaded', async () => {
    const server = graphqlFetch({ DashboardViewer: () => gqlError('server_error', 'boom') });
    renderApp('/', { fetch: server.fetch, manager: signedIn() });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account could not be loaded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
