import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphqlFetch } from '../test/graphqlFetch';
import { renderApp, staffManager } from '../test/renderApp';
import { refusal } from '../verifications/fixtures';

const dispute = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Dispute',
  id: 'dsp_1',
  tenantId: 'tnt_9',
  environment: 'TEST',
  status: 'OPEN',
  reason: 'PRODUCT_NOT_RECEIVED',
  description: 'The parcel never arrived.',
  escrowId: 'esc_1',
  transactionCheckId: null,
  reference: 'claim-3',
  createdAt: '2026-11-29T09:00:00Z',
  ...overrides,
});

describe('dispute queue', () => {
  it('lists open and in-review disputes and resolves one with a note', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      DisputeQueue: ({ variables }) => ({ data: { staffDisputes: variables.status === 'OPEN' ? [dispute()] : [dispute({ id: 'dsp_2', status: 'UNDER_REVIEW', escrowId: null, transactionCheckId: 'txc_7' })] } }),
      ResolveDispute: ({ variables }) => ({ data: { resolveDispute: { __typename: 'Dispute', id: variables.id, status: variables.outcome, resolutionNote: variables.note, resolvedAt: '2026-11-30T09:00:00Z' } } }),
    });
    renderApp('/ops/disputes', { fetch: server.fetch, manager: staffManager('OPS') });
    const card = await screen.findByRole('region', { name: 'dsp_1' });
    expect(card).toHaveTextContent(/Product not received.*Escrow esc_1.*The parcel never arrived/);
    expect(await screen.findByRole('region', { name: 'dsp_2' })).toHaveTextContent(/Under review.*Transaction check txc_7/);
    await user.type(within(card).getByRole('textbox', { name: /Note to the partner/ }), 'Tracking shows delivery.');
    await user.click(within(card).getByRole('button', { name: 'Lost (release to the seller)' }));
    await waitFor(() => expect(server.seen.find((r) => r.operationName === 'ResolveDispute')?.variables).toEqual({ id: 'dsp_1', outcome: 'LOST', note: 'Tracking shows delivery.' }));
  });

  it('shows why the server refused a decision next to the buttons', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      DisputeQueue: ({ variables }) => ({ data: { staffDisputes: variables.status === 'OPEN' ? [dispute()] : [] } }),
      ResolveDispute: () => refusal('conflict', 'the dispute is won; it cannot become lost'),
    });
    renderApp('/ops/disputes', { fetch: server.fetch, manager: staffManager('OPS') });
    const card = await screen.findByRole('region', { name: 'dsp_1' });
    await user.click(within(card).getByRole('button', { name: 'Won (refund the buyer)' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(/cannot become lost/);
  });

  it('says when no dispute waits', async () => {
    const server = graphqlFetch({ DisputeQueue: () => ({ data: { staffDisputes: [] } }) });
    renderApp('/ops/disputes', { fetch: server.fetch, manager: staffManager('OPS') });
    expect(await screen.findByText('No disputes wait for a decision')).toBeInTheDocument();
  });
});
