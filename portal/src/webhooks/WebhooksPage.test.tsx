import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { validateEndpoint } from './EndpointDialog';
import { deliveriesResult, endpoint, endpointResult, eventTypes } from './fixtures';

const list = (items: ReturnType<typeof endpoint>[]) => ({
  data: {
    webhookEndpoints: {
      __typename: 'WebhookEndpointConnection',
      totalCount: items.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: items.map((node) => ({ __typename: 'WebhookEndpointEdge', node })),
    },
  },
});

describe('WebhooksPage', () => {
  it('adds an endpoint for chosen event types, shows its secret once, then opens it', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      WebhookEndpoints: () => list([]),
      EventTypes: eventTypes,
      CreateWebhookEndpoint: () => ({
        data: { createWebhookEndpoint: { __typename: 'WebhookEndpointWithSecret', secret: 'whsec_c2VjcmV0', endpoint: endpoint({ id: 'wh_9' }) } },
      }),
      WebhookEndpoint: () => endpointResult(endpoint({ id: 'wh_9' })),
      WebhookDeliveries: () => deliveriesResult([]),
    });
    const { router } = renderApp('/webhooks', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Add a test endpoint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an endpoint' });
    await user.type(within(dialog).getByLabelText(/^Endpoint URL/), 'http://127.0.0.1:9000/hook');
    await user.click(within(dialog).getByRole('switch', { name: 'Receive every event type' }));
    await user.click(await within(dialog).findByRole('checkbox', { name: /webhook.test/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));

    const reveal = await screen.findByRole('dialog', { name: 'Your endpoint’s signing secret' });
    expect(within(reveal).getByLabelText('Your new signing secret')).toHaveTextContent('whsec_c2VjcmV0');
    expect(server.seen.find((r) => r.operationName === 'CreateWebhookEndpoint')?.variables).toEqual({
      input: { url: 'http://127.0.0.1:9000/hook', description: null, eventTypes: ['webhook.test'], environment: 'TEST' },
    });
    await user.click(within(reveal).getByRole('button', { name: 'I have saved the secret' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/webhooks/wh_9'));
  });

  it('checks the URL before sending', () => {
    const base = { url: 'http://example.com/hook', description: '', allEvents: true, eventTypes: [] };
    expect(validateEndpoint({ ...base, url: 'example.com' }, 'TEST').url).toMatch(/full URL/);
    expect(validateEndpoint(base, 'LIVE').url).toBe('Live endpoints must use https.');
    expect(validateEndpoint(base, 'TEST')).toEqual({});
    expect(validateEndpoint({ ...base, allEvents: false }, 'TEST').eventTypes).toMatch(/at least one/);
  });

  it('lists endpoints with their status', async () => {
    const server = graphqlFetch({
      WebhookEndpoints: () => list([endpoint(), endpoint({ id: 'wh_2', url: 'https://b.example/h', status: 'DISABLED', eventTypes: ['a', 'b'] })]),
    });
    renderApp('/webhooks', { fetch: server.fetch, manager: signedInManager() });
    const table = await screen.findByRole('table', { name: 'Test webhook endpoints' });
    expect(within(table).getByRole('row', { name: /b.example/ })).toHaveTextContent(/2 event types.*Disabled/);
    expect(within(table).getByRole('row', { name: /example.com\/hooks/ })).toHaveTextContent(/All events.*Enabled/);
  });

  it('shows an endpoint auto-disabled after a 410 in the list without a reload', async () => {
    const subscriptions = fakeSubscriptions();
    const server = graphqlFetch({ WebhookEndpoints: () => list([endpoint()]) });
    renderApp('/webhooks', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    const table = await screen.findByRole('table', { name: 'Test webhook endpoints' });
    expect(within(table).getByRole('row', { name: /example.com\/hooks/ })).toHaveTextContent('Enabled');
    await waitFor(() => expect(subscriptions.active.some((a) => a.operationName === 'EndpointChanged')).toBe(true));
    subscriptions.emit('EndpointChanged', { webhookEndpointChanged: endpoint({ status: 'DISABLED', disabledReason: 'the endpoint answered 410 Gone' }) });
    await waitFor(() => expect(within(table).getByRole('row', { name: /example.com\/hooks/ })).toHaveTextContent('Disabled'));
  });
});
