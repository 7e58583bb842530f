import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';

const tiers = [
  { __typename: 'PricingTier', id: 'STARTER', name: 'Starter', maxMonthlyVolume: 10000, monthlyQuota: 10000, rateLimitPerMinute: 120, priceModel: 'Pay as you go' },
  { __typename: 'PricingTier', id: 'GROWTH', name: 'Growth', maxMonthlyVolume: 100000, monthlyQuota: 100000, rateLimitPerMinute: 300, priceModel: 'Monthly commitment' },
  { __typename: 'PricingTier', id: 'ENTERPRISE', name: 'Enterprise', maxMonthlyVolume: 0, monthlyQuota: 0, rateLimitPerMinute: 1000, priceModel: 'Custom contract' },
];

const app = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Application',
  id: 'app_1',
  name: 'Checkout',
  description: null,
  industry: 'PAYMENTS',
  regulatoryCategory: null,
  callbackUrls: ['https://example.com/done'],
  ipAllowlist: null,
  expectedMonthlyVolume: 5000,
  requiredModules: ['ESCROW'],
  status: 'DRAFT',
  reviewReason: null,
  reviewedAt: null,
  archivedAt: null,
  isDefault: false,
  createdAt: '2026-01-01T00:00:00Z',
  suggestedTier: { __typename: 'PricingTier', id: 'STARTER', name: 'Starter' },
  allowedScopes: ['verification:read', 'escrow:initiate'],
  ...overrides,
});

describe('ApplicationPage', () => {
  it('shows the suggested tier live as the volume changes and saves every field', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      Application: () => ({ data: { application: app(), pricingTiers: tiers } }),
      PricingTiers: () => ({ data: { pricingTiers: tiers } }),
      UpdateApplication: () => ({ data: { updateApplication: app({ expectedMonthlyVolume: 50000 }) } }),
    });
    renderApp('/applications/app_1', { fetch: server.fetch, manager: signedInManager() });
    const profile = await screen.findByRole('region', { name: 'Profile' });
    const tier = await within(profile).findByTestId('suggested-tier');
    await waitFor(() => expect(tier).toHaveTextContent('Starter'));

    const volume = within(profile).getByLabelText('Expected monthly volume');
    await user.clear(volume);
    await user.type(volume, '50000');
    expect(tier).toHaveTextContent('Growth');
    await user.type(volume, '00');
    expect(tier).toHaveTextContent('Enterprise');
    await user.type(volume, '{Backspace}{Backspace}');

    await user.click(within(profile).getByRole('checkbox', { name: 'KYC / AML' }));
    await user.click(within(profile).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(server.seen.find((r) => r.operationName === 'UpdateApplication')?.variables).toEqual({
        id: 'app_1',
        input: {
          name: 'Checkout',
          description: null,
          industry: 'PAYMENTS',
          regulatoryCategory: null,
          callbackUrls: ['https://example.com/done'],
          ipAllowlist: [],
          expectedMonthlyVolume: 50000,
          requiredModules: ['ESCROW', 'KYC'],
        },
      }),
    );
    expect(screen.getByRole('region', { name: 'Production access' })).toHaveTextContent('Sandbox only');
  });

  it('puts the server’s field error under the field', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      Application: () => ({ data: { application: app(), pricingTiers: tiers } }),
      PricingTiers: () => ({ data: { pricingTiers: tiers } }),
      UpdateApplication: () => gqlError('validation_error', '"10.0.0.0/99" in ipAllowlist is not an IP address or CIDR', 'ipAllowlist'),
    });
    renderApp('/applications/app_1', { fetch: server.fetch, manager: signedInManager() });
    const profile = await screen.findByRole('region', { name: 'Profile' });
    await user.click(within(profile).getByRole('button', { name: 'Save changes' }));
    expect(await within(profile).findByText(/is not an IP address or CIDR/)).toBeInTheDocument();
  });

  it('requests production access', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      Application: () => ({ data: { application: app(), pricingTiers: tiers } }),
      PricingTiers: () => ({ data: { pricingTiers: tiers } }),
      RequestProductionAccess: () => ({ data: { requestProductionAccess: app({ status: 'PENDING_REVIEW' }) } }),
    });
    renderApp('/applications/app_1', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Request production access for Checkout' }));
    await waitFor(() => expect(server.seen.some((r) => r.operationName === 'RequestProductionAccess')).toBe(true));
  });
});
