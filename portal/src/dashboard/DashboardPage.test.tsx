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

  it('ticks off the steps the organization has done, from its real state', async () => {
    const server = graphqlFetch({
      DashboardViewer: viewerWith(tenant({ kycStatus: 'VERIFIED' })),
      DashboardChecklist: () => ({
        data: {
          applications: { __typename: 'ApplicationConnection', totalCount: 1 },
          apiKeys: { __typename: 'APIKeyConnection', totalCount: 2 },
          usedKeys: { __typename: 'APIKeyConnection', totalCount: 0 },
          webhookEndpoints: { __typename: 'WebhookEndpointConnection', totalCount: 1 },
          deliveredEvents: { __typename: 'WebhookDeliveryConnection', totalCount: 0 },
        },
      }),
      DashboardActivity: () => ({
        data: {
          auditLogs: {
            __typename: 'AuditLogConnection',
            edges: [{ __typename: 'AuditLogEdge', node: { __typename: 'AuditLog', id: 'aud_1', action: 'key.created', actorType: 'user', targetType: 'APIKey', createdAt: '2026-01-02T10:00:00Z' } }],
          },
          requestLogs: {
            __typename: 'RequestLogConnection',
            edges: [
              {
                __typename: 'RequestLogEdge',
                node: { __typename: 'RequestLog', id: 'req_1', method: 'GET', route: 'GET /v1/verifications', status: 401, errorCode: 'unauthorized', environment: 'TEST', createdAt: '2026-01-02T11:00:00Z' },
              },
            ],
          },
        },
      }),
    });
    renderApp('/', { fetch: server.fetch, manager: signedIn() });
    const steps = await screen.findByRole('list', { name: 'Onboarding steps' });
    expect(await within(steps).findByLabelText('Create an API key: done')).toBeInTheDocument();
    expect(within(steps).getByLabelText('Verify your business (KYC): done')).toBeInTheDocument();
    expect(within(steps).getByLabelText('Create an application: done')).toBeInTheDocument();
    expect(within(steps).getByLabelText('Add a webhook endpoint: done')).toBeInTheDocument();
    expect(within(steps).getByLabelText('Make your first API call: to do')).toBeInTheDocument();
    expect(within(steps).getByRole('link', { name: 'Receive a first webhook delivery' })).toHaveAttribute('href', '/webhooks');
    expect(screen.getByText('5 of 7 done')).toBeInTheDocument();
    const activity = await screen.findByRole('list', { name: 'Recent activity' });
    const items = within(activity).getAllByRole('listitem');
    // Newest first: the refused call, then the audit entry.
    expect(items[0]).toHaveTextContent('GET /v1/verifications · unauthorized');
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', '/usage?request=req_1');
    expect(items[1]).toHaveTextContent('key.created (APIKey)');
  });

  it('offers a retry when the account cannot be loaded', async () => {
    const server = graphqlFetch({ DashboardViewer: () => gqlError('server_error', 'boom') });
    renderApp('/', { fetch: server.fetch, manager: signedIn() });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account could not be loaded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
