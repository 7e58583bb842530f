import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { applicationOptions, billingResult, domainFiguresResult, emptyFigures, keyOptions, quotaResult, requestLogs, usageReport } from './fixtures';
import { formatMoney, formatShare } from './money';

const figures = {
  transactionChecks: { checks: 3, approved: 1, reviewed: 1, declined: 1 },
  fraud: { checks: 3, flagged: 2, confirmedFraud: 1, confirmedLegitimate: 1, flaggedConfirmedFraud: 1, flaggedConfirmedLegitimate: 1, precision: 0.5 },
  disputes: { opened: 2, resolved: 1, won: 1, lost: 0, winRate: 1 },
  kyc: { checks: 5, verified: 3, rejected: 1, review: 1, pending: 0, passRate: 0.75 },
  escrowVolume: [
    { status: 'initiated', currency: 'EUR', count: 1, amount: 700 },
    { status: 'disputed', currency: 'USD', count: 1, amount: 5000 },
  ],
};

function base(overrides: Record<string, Parameters<typeof graphqlFetch>[0][string]> = {}) {
  return graphqlFetch({
    Usage: (r) => usageReport(r.variables, { 1: [1, 0] }),
    UsageKeyOptions: () => keyOptions(),
    UsageApplicationOptions: () => applicationOptions(),
    Quota: () => quotaResult(1, 1000),
    RequestLogs: () => requestLogs([]),
    DomainFigures: () => domainFiguresResult(figures),
    Billing: () => billingResult({ units: [{ unit: 'CALL', quantity: 18 }], estimatedCharge: { amount: 7, currency: 'USD' } }),
    ...overrides,
  });
}

describe('formatMoney', () => {
  it('formats minor units in the currency’s own digits', () => {
    expect(formatMoney(12345, 'USD')).toBe('$123.45');
    expect(formatMoney(7, 'USD')).toBe('$0.07');
    expect(formatMoney(500, 'JPY')).toBe('¥500');
    expect(formatMoney(1000, 'KWD')).toMatch(/^KWD\s1\.000$/);
  });
  it('shows a code Intl cannot format as minor units', () => {
    expect(formatMoney(12345, 'USDC')).toBe('12,345 USDC (minor units)');
  });
  it('shows a share, or a dash before there is one', () => {
    expect(formatShare(0.75)).toBe('75%');
    expect(formatShare(1 / 3)).toBe('33.3%');
    expect(formatShare(null)).toBe('—');
  });
});

describe('Usage page figures and billing', () => {
  it('shows each module figure and the month’s units and charge', async () => {
    renderApp('/usage', { fetch: base().fetch, manager: signedInManager(), subscriptions: fakeSubscriptions() });
    expect(await screen.findByTestId('figure-transactions-value', {}, { timeout: 15_000 })).toHaveTextContent('3');
    expect(screen.getByRole('group', { name: 'Transaction checks' })).toHaveTextContent('1 approved · 1 in review · 1 declined');
    expect(screen.getByTestId('figure-fraud-value')).toHaveTextContent('50%');
    expect(screen.getByRole('group', { name: 'Fraud detection precision' })).toHaveTextContent('2 of 3 checks flagged');
    expect(screen.getByTestId('figure-disputes-value')).toHaveTextContent('1 / 2');
    expect(screen.getByRole('group', { name: 'Disputes resolved' })).toHaveTextContent('Win rate 100% (1 won, 0 lost)');
    expect(screen.getByTestId('figure-kyc-value')).toHaveTextContent('75%');
    const escrow = within(screen.getByRole('table', { name: 'Escrow volume by status' }));
    expect(escrow.getAllByRole('row').map((r) => r.textContent)).toEqual(['StatusEscrowsAmount', 'initiated1€7.00', 'disputed1$50.00']);

    const billing = within(screen.getByTestId('billing-card'));
    expect(billing.getByTestId('billing-estimated-charge')).toHaveTextContent('$0.07');
    expect(billing.getByText('Per API call with volume bands')).toBeInTheDocument();
    expect(billing.getByTestId('billing-unit-CALL')).toHaveTextContent('API calls18');
  });

  it('says when nothing was decided or billed yet instead of a zero rate', async () => {
    const server = base({ DomainFigures: () => domainFiguresResult(emptyFigures), Billing: () => billingResult() });
    renderApp('/usage', { fetch: server.fetch, manager: signedInManager(), subscriptions: fakeSubscriptions() });
    expect(await screen.findByTestId('figure-kyc-value', {}, { timeout: 15_000 })).toHaveTextContent('—');
    expect(screen.getByTestId('figure-fraud-value')).toHaveTextContent('—');
    expect(screen.getByText('No escrows this month.')).toBeInTheDocument();
    expect(screen.getByText('No billable module calls yet in 2026-12.')).toBeInTheDocument();
    expect(screen.getByTestId('billing-estimated-charge')).toHaveTextContent('$0.00');
  });

  it('shows volume in its currency and fees in other currencies apart', async () => {
    const server = base({
      Billing: () =>
        billingResult({
          pricingModel: 'per_verification_or_volume',
          units: [
            { unit: 'VERIFICATION', quantity: 2 },
            { unit: 'TRANSACTION_VOLUME', quantity: 110000, currency: 'EUR' },
          ],
          estimatedCharge: { amount: 100, currency: 'USD' },
          otherCharges: [{ amount: 550, currency: 'EUR' }],
        }),
    });
    renderApp('/usage', { fetch: server.fetch, manager: signedInManager(), subscriptions: fakeSubscriptions() });
    expect(await screen.findByTestId('billing-unit-TRANSACTION_VOLUME', {}, { timeout: 15_000 })).toHaveTextContent('Transaction volume€1,100.00');
    expect(screen.getByTestId('billing-other-charges')).toHaveTextContent('Plus €5.50 in volume fees');
    expect(screen.getByText('Per verification plus a per-mille of transaction volume')).toBeInTheDocument();
  });

  it('asks for the page’s environment and refreshes both cards on a live update', async () => {
    const subscriptions = fakeSubscriptions();
    let kycChecks = 1;
    let calls = 1;
    const server = base({
      DomainFigures: () => domainFiguresResult({ ...figures, kyc: { ...figures.kyc, checks: kycChecks } }, 'LIVE'),
      Billing: () => billingResult({ environment: 'LIVE', units: [{ unit: 'CALL', quantity: calls }], estimatedCharge: { amount: calls, currency: 'USD' } }),
    });
    renderApp('/usage?env=live', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    await screen.findByTestId('billing-unit-CALL', {}, { timeout: 15_000 });
    expect(server.seen.find((r) => r.operationName === 'DomainFigures')?.variables).toEqual({ environment: 'LIVE' });
    expect(server.seen.find((r) => r.operationName === 'Billing')?.variables).toEqual({ environment: 'LIVE' });
    await waitFor(() => expect(subscriptions.active.some((a) => a.operationName === 'UsageUpdated')).toBe(true));

    kycChecks = 2;
    calls = 2;
    subscriptions.emit('UsageUpdated', {
      usageUpdated: { __typename: 'UsageUpdate', at: new Date().toISOString(), requests: 1, errors: 0, totals: { __typename: 'UsagePoint', requests: 1, errors: 0 } },
    });
    await waitFor(() => expect(screen.getByTestId('billing-unit-CALL')).toHaveTextContent('API calls2'));
    expect(screen.getByRole('group', { name: 'KYC pass rate' })).toHaveTextContent('open of 2');
    expect(screen.getByTestId('billing-estimated-charge')).toHaveTextContent('$0.02');
  });

  it('keeps the page when the figures fail, saying so', async () => {
    const server = base({ DomainFigures: () => gqlError('internal', 'boom'), Billing: () => gqlError('internal', 'boom') });
    renderApp('/usage', { fetch: server.fetch, manager: signedInManager(), subscriptions: fakeSubscriptions() });
    expect(await screen.findByText('The module figures could not be loaded.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('The estimated charge could not be loaded.')).toBeInTheDocument();
    expect(screen.getByTestId('usage-total-requests')).toHaveTextContent('1');
  });
});
