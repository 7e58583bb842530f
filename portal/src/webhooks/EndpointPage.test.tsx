import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { delivery, deliveriesResult, endpoint, endpointResult, eventTypes, messagesResult } from './fixtures';

describe('EndpointPage', () => {
  it('adds deliveries to the log as the subscription reports them, without a reload', async () => {
    const user = userEvent.setup();
    const subscriptions = fakeSubscriptions();
    const server = graphqlFetch({
      WebhookEndpoint: () => endpointResult(),
      WebhookMessages: () => messagesResult([]),
      EventTypes: () => eventTypes(),
      WebhookDeliveries: () => deliveriesResult([]),
      SendTestWebhook: () => ({ data: { sendTestWebhook: { __typename: 'Event', id: 'evt_9', type: 'webhook.test' } } }),
    });
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    expect(await screen.findByText(/No deliveries yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send test event' }));
    expect(server.seen.find((r) => r.operationName === 'SendTestWebhook')?.variables).toEqual({ endpointId: 'wh_1' });

    await waitFor(() => expect(subscriptions.active.find((a) => a.operationName === 'DeliveryLogged')?.variables).toEqual({ endpointId: 'wh_1' }));
    subscriptions.emit('DeliveryLogged', {
      webhookDeliveryLogged: delivery({ id: 'whd_9', eventType: 'webhook.test', trigger: 'TEST', status: 'PENDING', attemptedAt: null, responseStatus: null }),
    });
    const log = await screen.findByRole('table', { name: 'Delivery log' });
    expect(within(log).getByRole('row', { name: /webhook.test/ })).toHaveTextContent('Pending');

    // The attempt's result replaces the pending row rather than adding one.
    subscriptions.emit('DeliveryLogged', { webhookDeliveryLogged: delivery({ id: 'whd_9', eventType: 'webhook.test', trigger: 'TEST', durationMs: 87 }) });
    await waitFor(() => expect(within(log).getByRole('row', { name: /webhook.test/ })).toHaveTextContent(/Succeeded.*200.*1.*Test.*87 ms/));
    expect(within(log).getAllByRole('row')).toHaveLength(2);
  });

  it('shows an attempt’s request headers, body and response, and resends it', async () => {
    const user = userEvent.setup();
    const failed = delivery({ status: 'FAILED', responseStatus: 500, errorMessage: 'the endpoint answered 500' });
    const server = graphqlFetch({
      WebhookEndpoint: () => endpointResult(),
      WebhookMessages: () => messagesResult([]),
      EventTypes: () => eventTypes(),
      WebhookDeliveries: () => deliveriesResult([failed]),
      WebhookDeliveryDetail: () => ({
        data: {
          webhookDeliveries: {
            __typename: 'WebhookDeliveryConnection',
            edges: [
              {
                __typename: 'WebhookDeliveryEdge',
                node: {
                  ...failed,
                  requestHeaders: { 'X-Keybs-Signature': 't=1,v1=abc', 'Content-Type': 'application/json' },
                  requestBody: '{"event_type":"verification.approved"}',
                  responseExcerpt: 'upstream exploded',
                  endpoint: { __typename: 'WebhookEndpoint', id: 'wh_1', deletedAt: null },
                },
              },
            ],
          },
        },
      }),
      ResendWebhookDelivery: () => ({ data: { resendWebhookDelivery: delivery({ id: 'whd_2', attempt: 2, trigger: 'MANUAL', status: 'PENDING' }) } }),
    });
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Details of verification.approved attempt 1' }));
    const drawer = await screen.findByRole('dialog', { name: 'Delivery attempt' });
    expect(await within(drawer).findByRole('table', { name: 'Request headers' })).toHaveTextContent('X-Keybs-Signature');
    expect(within(drawer).getByRole('figure', { name: 'Request body' })).toHaveTextContent('"event_type": "verification.approved"');
    expect(within(drawer).getByRole('figure', { name: 'Response (first 1 KiB)' })).toHaveTextContent('upstream exploded');
    expect(within(drawer).getByRole('row', { name: /Error/ })).toHaveTextContent('the endpoint answered 500');

    await user.click(within(drawer).getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(server.seen.find((r) => r.operationName === 'ResendWebhookDelivery')?.variables).toEqual({ id: 'whd_1' }));
  });

  it('recovers failed deliveries since the chosen time', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      WebhookEndpoint: () => endpointResult(),
      WebhookMessages: () => messagesResult([]),
      EventTypes: () => eventTypes(),
      WebhookDeliveries: () => deliveriesResult([]),
      RecoverFailedDeliveries: () => ({ data: { recoverFailedDeliveries: 3 } }),
      FailedDeliveriesPreview: () => ({
        data: {
          failedDeliveriesPreview: {
            __typename: 'FailedDeliveriesPreview',
            count: 3,
            eventTypes: ['verification.approved', 'verification.submitted'],
            oldest: '2026-01-05T09:00:00Z',
            newest: '2026-01-05T11:00:00Z',
          },
        },
      }),
    });
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Recover failed…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Recover failed deliveries' });
    const since = within(dialog).getByLabelText('Failed since');
    await user.clear(since);
    await user.type(since, '2026-01-05T08:30');
    // Before it runs, the dialog says what it will resend.
    expect(await within(dialog).findByRole('status')).toHaveTextContent(/3 events will be sent again.*verification\.approved, verification\.submitted/);
    expect(server.seen.filter((r) => r.operationName === 'FailedDeliveriesPreview').at(-1)?.variables).toEqual({
      endpointId: 'wh_1',
      since: new Date('2026-01-05T08:30').toISOString(),
    });
    expect(server.seen.some((r) => r.operationName === 'RecoverFailedDeliveries')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    await waitFor(() =>
      expect(server.seen.find((r) => r.operationName === 'RecoverFailedDeliveries')?.variables).toEqual({
        endpointId: 'wh_1',
        since: new Date('2026-01-05T08:30').toISOString(),
      }),
    );
  });

  it('explains why an action was refused', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      WebhookEndpoint: () => endpointResult(),
      WebhookMessages: () => messagesResult([]),
      EventTypes: () => eventTypes(),
      WebhookDeliveries: () => deliveriesResult([]),
      SendTestWebhook: () => gqlError('rate_limited', 'slow down'),
    });
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Send test event' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts');
  });

  it('says when the endpoint does not exist', async () => {
    const server = graphqlFetch({
      WebhookEndpoint: () => endpointResult(null),
      WebhookMessages: () => messagesResult([]),
      EventTypes: () => eventTypes(),
      WebhookDeliveries: () => deliveriesResult([]),
    });
    renderApp('/webhooks/wh_x', { fetch: server.fetch, manager: signedInManager() });
    expect(await screen.findByText('Endpoint not found')).toBeInTheDocument();
  });

  it('appends the next page of attempts from the end cursor of the one before', async () => {
    const user = userEvent.setup();
    // A short first page keeps the test quick; the page size is in the variables.
    const firstPage = [1, 2].map((i) => delivery({ id: `whd_${i}`, createdAt: `2026-01-02T0${i}:00:00Z` }));
    const server = graphqlFetch({
      WebhookEndpoint: () => endpointResult(),
      WebhookMessages: () => messagesResult([]),
      EventTypes: () => eventTypes(),
      WebhookDeliveries: ({ variables }) =>
        variables.after === 'after_whd_2'
          ? deliveriesResult([delivery({ id: 'whd_older', eventType: 'verification.submitted', createdAt: '2026-01-01T09:00:00Z' })], { totalCount: 3 })
          : deliveriesResult(firstPage, { hasNextPage: true, totalCount: 3 }),
    });
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager() });
    const log = await screen.findByRole('table', { name: 'Delivery log' });
    expect(within(log).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('Showing 2 of 3 attempts')).toBeInTheDocument();
    expect(server.seen.find((r) => r.operationName === 'WebhookDeliveries')?.variables).toEqual({ endpointId: 'wh_1', first: 50, after: null });

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await within(log).findByRole('row', { name: /verification.submitted/ })).toBeInTheDocument();
    expect(within(log).getAllByRole('row')).toHaveLength(4);
    expect(server.seen.filter((r) => r.operationName === 'WebhookDeliveries').at(-1)?.variables).toEqual({ endpointId: 'wh_1', first: 50, after: 'after_whd_2' });
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says why an attempt was cancelled, apart from failures', async () => {
    const server = graphqlFetch({
      WebhookEndpoint: () => endpointResult(),
      WebhookMessages: () => messagesResult([]),
      EventTypes: () => eventTypes(),
      WebhookDeliveries: () =>
        deliveriesResult([
          delivery({ id: 'whd_2', status: 'CANCELLED', attempt: 2, attemptedAt: null, responseStatus: null, errorMessage: 'cancelled: attempt 3 delivered the event' }),
          delivery({ id: 'whd_1', status: 'FAILED', responseStatus: 500, errorMessage: 'the endpoint answered 500' }),
        ]),
    });
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager() });
    const log = await screen.findByRole('table', { name: 'Delivery log' });
    const cancelled = within(log).getAllByRole('row')[1]!;
    expect(cancelled).toHaveTextContent(/Cancelled\s*Attempt 3 delivered the event\./);
    expect(within(cancelled).getByText('Attempt 3 delivered the event.')).not.toHaveAttribute('class', expect.stringMatching(/red/));
    expect(within(log).getAllByRole('row')[2]).toHaveTextContent(/Failed\s*the endpoint answered 500/);
  });

  it('keeps the delivery log of a deleted endpoint readable, with no actions and no resend', async () => {
    const user = userEvent.setup();
    const cancelled = delivery({ status: 'CANCELLED', attemptedAt: null, responseStatus: null, durationMs: null, errorMessage: 'cancelled: the endpoint was deleted' });
    const server = graphqlFetch({
      WebhookEndpoint: () => endpointResult(endpoint({ status: 'DISABLED', disabledReason: 'deleted by a user', deletedAt: '2026-01-03T12:00:00Z' })),
      WebhookMessages: () => messagesResult([]),
      EventTypes: () => eventTypes(),
      WebhookDeliveries: () => deliveriesResult([cancelled]),
      WebhookDeliveryDetail: () => ({
        data: {
          webhookDeliveries: {
            __typename: 'WebhookDeliveryConnection',
            edges: [
              {
                __typename: 'WebhookDeliveryEdge',
                node: {
                  ...cancelled,
                  requestHeaders: null,
                  requestBody: null,
                  responseExcerpt: null,
                  endpoint: { __typename: 'WebhookEndpoint', id: 'wh_1', deletedAt: '2026-01-03T12:00:00Z' },
                },
              },
            ],
          },
        },
      }),
    });
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager() });
    expect(await screen.findByRole('heading', { level: 1, name: 'https://example.com/hooks' })).toBeInTheDocument();
    expect(screen.getByText('This endpoint was deleted')).toBeInTheDocument();
    expect(screen.getByText('Deleted', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    for (const action of ['Send test event', 'Edit', 'More', 'Recover failed…']) {
      expect(screen.queryByRole('button', { name: action })).toBeNull();
    }
    const log = await screen.findByRole('table', { name: 'Delivery log' });
    expect(within(log).getAllByRole('row')[1]).toHaveTextContent(/Cancelled\s*The endpoint was deleted\./);

    await user.click(within(log).getByRole('button', { name: /Details of/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Delivery attempt' });
    expect(await within(drawer).findByText(/its deliveries cannot be resent/)).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Resend' })).toBeNull();
    expect(within(drawer).getByRole('row', { name: /Why cancelled/ })).toHaveTextContent('The endpoint was deleted.');
  });
});
