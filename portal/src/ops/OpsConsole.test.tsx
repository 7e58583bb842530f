import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager, staffManager } from '../test/renderApp';
import { caseDetail, caseSummary, refusal } from '../verifications/fixtures';

const page = (typename: string, nodes: unknown[]) => ({
  __typename: typename,
  totalCount: nodes.length,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ __typename: `${typename.replace('Connection', '')}Edge`, node })),
});

const queue = (nodes: unknown[]) => ({ data: { staffVerificationCases: page('VerificationCaseConnection', nodes) } });
const staffCase = (overrides: Record<string, unknown> = {}) => ({ data: { verificationCase: caseDetail(overrides) } });

describe('operations console', () => {
  it('sends staff from the dashboard to the case queue, oldest first, filtered by status and environment', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      StaffCases: () =>
        queue([{ ...caseSummary({ state: 'submitted', status: 'SUBMITTED' }), updatedAt: '2026-11-30T10:00:00Z', organization: { __typename: 'Tenant', id: 'ten_1', name: 'Analytical Engines' } }]),
    });
    const { router } = renderApp('/', { fetch: server.fetch, manager: staffManager('ANALYST') });
    const table = await screen.findByRole('table', { name: 'Verification cases' });
    expect(router.state.location.pathname).toBe('/ops');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Acme Textiles.*Analytical Engines.*Submitted/);
    expect(screen.getByText('Analyst')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'API keys' })).not.toBeInTheDocument();
    expect(server.seen.find((r) => r.operationName === 'StaffCases')?.variables).toMatchObject({ where: { status: 'SUBMITTED' } });

    await user.selectOptions(screen.getByLabelText('Environment'), 'LIVE');
    await waitFor(() =>
      expect(server.seen.filter((r) => r.operationName === 'StaffCases').at(-1)?.variables).toMatchObject({ where: { status: 'SUBMITTED', environment: 'LIVE' } }),
    );
  });

  it('tells staff that a partner page is not theirs instead of failing', async () => {
    const server = graphqlFetch({});
    renderApp('/keys', { fetch: server.fetch, manager: staffManager('OPS') });
    expect(await screen.findByText('This page is for partner organizations')).toBeInTheDocument();
    expect(server.seen.map((r) => r.operationName)).not.toContain('ApiKeys');
  });

  it('keeps partners out of the console', async () => {
    const server = graphqlFetch({});
    renderApp('/ops', { fetch: server.fetch, manager: signedInManager() });
    expect(await screen.findByText('The operations console is for KeyBS staff')).toBeInTheDocument();
    expect(server.seen.map((r) => r.operationName)).not.toContain('StaffCases');
  });

  it('offers an analyst the review steps of a case in review, and not signing', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      StaffCase: () => staffCase(),
      RequestInformation: () => ({ data: { requestInformation: { __typename: 'VerificationCase', id: 'vc_1', state: 'rfi_requested' } } }),
    });
    renderApp('/ops/cases/vc_1', { fetch: server.fetch, manager: staffManager('ANALYST') });
    const actions = await screen.findByRole('region', { name: 'Actions' });
    expect(within(actions).getByRole('button', { name: 'Request information…' })).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Approve…' })).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Decline…' })).toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: /Sign/ })).not.toBeInTheDocument();
    expect(screen.getByText('Analytical Engines')).toBeInTheDocument();

    // An empty item is refused next to its field; then a document and a question go out.
    await user.click(within(actions).getByRole('button', { name: 'Request information…' }));
    await user.click(within(actions).getByRole('button', { name: 'Send the request (1 item)' }));
    expect(await within(actions).findByText('Say what the document must show.')).toBeInTheDocument();
    await user.selectOptions(within(actions).getByLabelText('Document kind'), 'BANK_STATEMENT');
    await user.type(within(actions).getByLabelText(/What the document must show/), 'Last three months');
    await user.click(within(actions).getByRole('button', { name: 'Add another item' }));
    const second = within(actions).getByRole('group', { name: 'Item 2' });
    await user.selectOptions(within(second).getByLabelText('Ask for'), 'QUESTION');
    await user.type(within(second).getByLabelText(/Question/), 'Who owns the company?');
    await user.click(within(actions).getByRole('button', { name: 'Send the request (2 items)' }));
    await waitFor(() =>
      expect(server.seen.find((r) => r.operationName === 'RequestInformation')?.variables).toEqual({
        caseId: 'vc_1',
        items: [
          { kind: 'DOCUMENT', documentKind: 'BANK_STATEMENT', message: 'Last three months' },
          { kind: 'QUESTION', message: 'Who owns the company?' },
        ],
      }),
    );
  });

  it('approves with score, risk band, controls and validity', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      StaffCase: () => staffCase(),
      ApproveVerification: () => ({ data: { approveVerification: { __typename: 'VerificationCase', id: 'vc_1', state: 'approved' } } }),
    });
    renderApp('/ops/cases/vc_1', { fetch: server.fetch, manager: staffManager('ANALYST') });
    const actions = await screen.findByRole('region', { name: 'Actions' });
    await user.click(within(actions).getByRole('button', { name: 'Approve…' }));
    await user.type(within(actions).getByLabelText(/Trust score/), '120');
    await user.click(within(actions).getByRole('button', { name: 'Approve the case' }));
    expect(await within(actions).findByText('Give a whole number from 0 to 100.')).toBeInTheDocument();
    await user.clear(within(actions).getByLabelText(/Trust score/));
    await user.type(within(actions).getByLabelText(/Trust score/), '82');
    await user.selectOptions(within(actions).getByLabelText('Risk band'), 'MEDIUM');
    await user.type(within(actions).getByLabelText(/Controls/), 'Annual re-check');
    await user.click(within(actions).getByRole('button', { name: 'Approve the case' }));
    await waitFor(() =>
      expect(server.seen.find((r) => r.operationName === 'ApproveVerification')?.variables).toEqual({
        caseId: 'vc_1',
        input: { trustScore: 82, riskBand: 'MEDIUM', controls: ['Annual re-check'], validForDays: 365 },
      }),
    );
  });

  it('shows the four-eyes refusal next to the sign button', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      StaffCase: () => staffCase({ state: 'approved', status: 'APPROVED' }),
      SignReport: () => refusal('forbidden', 'the report must be signed by someone other than the analyst who approved it'),
    });
    renderApp('/ops/cases/vc_1', { fetch: server.fetch, manager: staffManager('SENIOR_ANALYST') });
    const actions = await screen.findByRole('region', { name: 'Actions' });
    const sign = within(actions).getByRole('button', { name: 'Sign report' });
    await user.click(sign);
    const alert = await within(actions).findByRole('alert');
    expect(alert).toHaveTextContent('The report must be signed by someone other than the analyst who approved it.');
    expect(sign).toHaveAccessibleDescription('The report must be signed by someone other than the analyst who approved it.');
    expect(server.seen.find((r) => r.operationName === 'SignReport')?.variables).toEqual({ verificationId: 'KBS-VR-000001' });
  });

  it('tells an analyst that an approved case waits for a senior analyst', async () => {
    const server = graphqlFetch({ StaffCase: () => staffCase({ state: 'approved', status: 'APPROVED' }) });
    renderApp('/ops/cases/vc_1', { fetch: server.fetch, manager: staffManager('ANALYST') });
    const actions = await screen.findByRole('region', { name: 'Actions' });
    expect(actions).toHaveTextContent('sign report is for a senior analyst');
    expect(within(actions).queryByRole('button')).not.toBeInTheDocument();
  });

  it('reloads the case when it moves', async () => {
    const subscriptions = fakeSubscriptions();
    let state = 'in_review';
    const server = graphqlFetch({ StaffCase: () => staffCase({ state }) });
    renderApp('/ops/cases/vc_1', { fetch: server.fetch, manager: staffManager('ANALYST'), subscriptions });
    await screen.findByRole('button', { name: 'Approve…' });
    state = 'rfi_resolved';
    await waitFor(() => expect(subscriptions.emit('VerificationChanged', { verificationChanged: { __typename: 'VerificationCase', id: 'vc_1', state } })).toBe(1));
    expect(await screen.findByRole('button', { name: 'Start review' })).toBeInTheDocument();
  });

  it('revokes with a reason, refusing an empty one', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      StaffCase: () => staffCase({ state: 'published', status: 'APPROVED' }),
      RevokeReport: () => ({ data: { revokeReport: { __typename: 'Report', id: 'rep_1', lifecycleStatus: 'REVOKED' } } }),
    });
    renderApp('/ops/cases/vc_1', { fetch: server.fetch, manager: staffManager('SENIOR_ANALYST') });
    const actions = await screen.findByRole('region', { name: 'Actions' });
    await user.click(within(actions).getByRole('button', { name: 'Revoke report…' }));
    await user.click(within(actions).getByRole('button', { name: 'Revoke report' }));
    expect(await within(actions).findByText('Give a reason.')).toBeInTheDocument();
    expect(server.seen.map((r) => r.operationName)).not.toContain('RevokeReport');
    await user.type(within(actions).getByLabelText(/Why the report is revoked/), 'Licence withdrawn');
    await user.click(within(actions).getByRole('button', { name: 'Revoke report' }));
    await waitFor(() =>
      expect(server.seen.find((r) => r.operationName === 'RevokeReport')?.variables).toEqual({ verificationId: 'KBS-VR-000001', reason: 'Licence withdrawn' }),
    );
  });
});

describe('review queues', () => {
  const submission = {
    __typename: 'Tenant',
    id: 'ten_9',
    name: 'Borealis Pay',
    industry: 'FINTECH',
    kycStatus: 'SUBMITTED',
    kycLegalName: 'Borealis Payments Ltd',
    kycRegistrationNumber: 'RC-123',
    kycCountry: 'GB',
    kycAddress: '1 High St',
    kycContactName: 'Bo',
    kycContactEmail: 'bo@borealis.example',
    kycSubmittedAt: '2026-11-29T09:00:00Z',
  };

  it('approves a KYC submission, and asks why before rejecting one', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      KycQueue: () => ({ data: { staffTenants: page('TenantConnection', [submission]) } }),
      ReviewKyc: ({ variables }) => ({ data: { reviewKyc: { __typename: 'Tenant', id: 'ten_9', kycStatus: variables.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED', kycReviewReason: null } } }),
    });
    renderApp('/ops/kyc', { fetch: server.fetch, manager: staffManager('OPS') });
    const card = await screen.findByRole('region', { name: 'Borealis Pay' });
    expect(card).toHaveTextContent(/Borealis Payments Ltd.*RC-123/);
    await user.click(within(card).getByRole('button', { name: 'Reject' }));
    expect(await within(card).findByText('Say why it is rejected: the organization reads this.')).toBeInTheDocument();
    expect(server.seen.map((r) => r.operationName)).not.toContain('ReviewKyc');
    await user.click(within(card).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(server.seen.find((r) => r.operationName === 'ReviewKyc')?.variables).toEqual({ tenantId: 'ten_9', decision: 'APPROVE', reason: null }));
  });

  it('shows why the server refused a production-access review next to the buttons', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      ProductionQueue: () => ({
        data: {
          staffApplications: page('ApplicationConnection', [
            {
              __typename: 'Application',
              id: 'app_3',
              name: 'Checkout',
              description: 'Pays suppliers',
              industry: 'FINTECH',
              regulatoryCategory: null,
              expectedMonthlyVolume: 20000,
              requiredModules: ['KYB'],
              status: 'PENDING_REVIEW',
              updatedAt: '2026-11-29T09:00:00Z',
              organization: { __typename: 'Tenant', id: 'ten_9', name: 'Borealis Pay', kycStatus: 'SUBMITTED' },
            },
          ]),
        },
      }),
      ReviewApplication: () => refusal('conflict', 'the organization has not passed KYC yet'),
    });
    renderApp('/ops/production', { fetch: server.fetch, manager: staffManager('OPS') });
    const card = await screen.findByRole('region', { name: /Checkout/ });
    expect(card).toHaveTextContent('Borealis Pay');
    await user.type(within(card).getByLabelText(/Reason/), 'Looks fine');
    await user.click(within(card).getByRole('button', { name: 'Approve' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('The organization has not passed KYC yet.');
    expect(server.seen.find((r) => r.operationName === 'ReviewApplication')?.variables).toEqual({ id: 'app_3', decision: 'APPROVE', reason: 'Looks fine' });
  });
});
