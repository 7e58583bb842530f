import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { delivery, deliveriesResult, endpoint, endpointResult, eventTypes, message, messagesResult } from './fixtures';

const failedThenScheduled = message({ id: 'evt_7', status: 'PENDING' }, [
  delivery({ id: 'whd_1', eventID: 'evt_7', status: 'FAILED', responseStatus: 500, errorMessage: 'the endpoint answered 500', nextRetryAt: '2099-01-01T10:05:00Z' }),
  delivery({ id: 'whd_2', eventID: 'evt_7', attempt: 2, status: 'PENDING', attemptedAt: null, responseStatus: null, durationMs: null, scheduledAt: '2099-01-01T10:05:00Z' }),
]);

function pageWith(handlers: Parameters<typeof graphqlFetch>[0] = {}) {
  return graphqlFetch({
    WebhookEndpoint: () => endpointResult(),
    WebhookDeliveries: () => deliveriesResult([]),
    EventTypes: () => eventTypes(),
    WebhookMessages: () => messagesResult([failedThenScheduled, message({ id: 'evt_6' })]),
    ...handlers,
  });
}

describe('MessageLog', () => {
  it('lists messages with their attempts nested, and filters and searches them', async () => {
    const user = userEvent.setup();
    const server = pageWith();
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager() });
    const log = await screen.findByRole('table', { name: 'Messages' });
    const rows = within(log).getAllByTestId('message-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/verification\.approved\s*evt_7\s*Pending\s*2/);
    expect(within(log).queryByRole('table', { name: 'Attempts of evt_7' })).toBeNull();

    const toggle = within(rows[0]!).getByRole('button', { name: 'Show attempts of evt_7' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const attempts = within(log).getByRole('table', { name: 'Attempts of evt_7' });
    const [first, second] = within(attempts).getAllByTestId('attempt-row');
    expect(first).toHaveTextContent(/1\s*\(Automatic\)\s*Failed\s*the endpoint answered 500\s*500/);
    expect(second).toHaveTextContent(/2\s*\(Automatic\)\s*Pending.*Due/);
    // Only the scheduled attempt can be sent now.
    expect(within(first!).queryByRole('button', { name: /Retry/ })).toBeNull();
    expect(within(second!).getByRole('button', { name: 'Retry attempt 2 of verification.approved now' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'FAILED');
    await user.selectOptions(screen.getByLabelText('Event type'), 'verification.approved');
    await user.type(screen.getByLabelText('Search'), 'KBS-VR-7F3A');
    await waitFor(() =>
      expect(server.seen.filter((r) => r.operationName === 'WebhookMessages').at(-1)?.variables).toEqual({
        filter: { endpointId: 'wh_1', status: 'FAILED', eventTypes: ['verification.approved'], search: 'KBS-VR-7F3A' },
        first: 25,
        after: null,
      }),
    );
  });

  it('says when no message matches the filters', async () => {
    const user = userEvent.setup();
    const server = pageWith({
      WebhookMessages: ({ variables }) => ((variables.filter as { search?: string }).search ? messagesResult([]) : messagesResult([message()])),
    });
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager() });
    await screen.findByRole('table', { name: 'Messages' });
    await user.type(screen.getByLabelText('Search'), 'evt_nope');
    expect(await screen.findByText('No message matches these filters.')).toBeInTheDocument();
  });

  it('sends a scheduled attempt now, and shows a refusal next to the attempts', async () => {
    const user = userEvent.setup();
    let refuse = true;
    const server = pageWith({
      RetryWebhookDeliveryNow: () =>
        refuse
          ? gqlError('conflict', 'the attempt is being sent right now')
          : { data: { retryWebhookDeliveryNow: delivery({ id: 'whd_2', attempt: 2, status: 'PENDING', attemptedAt: null, scheduledAt: '2026-01-01T10:00:00Z' }) } },
    });
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager() });
    const log = await screen.findByRole('table', { name: 'Messages' });
    await user.click(within(log).getByRole('button', { name: 'Show attempts of evt_7' }));
    const retry = within(log).getByRole('button', { name: 'Retry attempt 2 of verification.approved now' });
    await user.click(retry);
    expect(await within(log).findByText(/being sent right now/)).toBeInTheDocument();
    expect(server.seen.find((r) => r.operationName === 'RetryWebhookDeliveryNow')?.variables).toEqual({ id: 'whd_2' });

    refuse = false;
    await user.click(retry);
    await waitFor(() => expect(server.seen.filter((r) => r.operationName === 'RetryWebhookDeliveryNow')).toHaveLength(2));
    await waitFor(() => expect(within(log).queryByText(/being sent right now/)).toBeNull());
  });

  it('reveals the signing secret after the password, with the password error on its field', async () => {
    const user = userEvent.setup();
    const server = pageWith({
      RevealWebhookSecret: ({ variables }) =>
        variables.password === 'correct horse battery'
          ? { data: { revealWebhookSecret: { __typename: 'WebhookEndpointWithSecret', secret: 'whsec_revealed', endpoint: { __typename: 'WebhookEndpoint', id: 'wh_1' } } } }
          : gqlError('validation_error', 'the password is wrong; enter the password you log in with', 'password'),
    });
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager() });
    await screen.findByRole('table', { name: 'Messages' });
    await user.click(screen.getByRole('button', { name: 'Reveal signing secret…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reveal the signing secret' });
    await user.click(within(dialog).getByRole('button', { name: 'Reveal secret' }));
    expect(within(dialog).getByText('Enter your password, or a code from your authenticator app.')).toBeInTheDocument();
    expect(server.seen.some((r) => r.operationName === 'RevealWebhookSecret')).toBe(false);

    await user.type(within(dialog).getByLabelText('Password'), 'wrong horse');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal secret' }));
    expect(await within(dialog).findByText(/password is wrong; enter the password you log in with/i)).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Password'), 'correct horse battery');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal secret' }));
    const shown = await screen.findByRole('dialog', { name: 'Your signing secret' });
    expect(within(shown).getByTestId('secret-value')).toHaveTextContent('whsec_revealed');
    expect(within(shown).getByRole('note')).toHaveTextContent('keeps it encrypted');
    expect(within(shown).getByRole('note')).not.toHaveTextContent('hash');
    expect(server.seen.filter((r) => r.operationName === 'RevealWebhookSecret').at(-1)?.variables).toEqual({
      id: 'wh_1',
      password: 'correct horse battery',
      mfaCode: null,
    });
  });

  it('shows the endpoint auto-disabled after a 410 without a reload', async () => {
    const subscriptions = fakeSubscriptions();
    const server = pageWith();
    renderApp('/webhooks/wh_1', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    expect(await screen.findByText('Enabled', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    await waitFor(() => expect(subscriptions.active.find((a) => a.operationName === 'EndpointChanged')?.variables).toEqual({ endpointId: 'wh_1' }));
    subscriptions.emit('EndpointChanged', {
      webhookEndpointChanged: endpoint({ status: 'DISABLED', disabledReason: 'the endpoint answered 410 Gone', failingSince: '2026-01-01T10:00:00Z' }),
    });
    expect(await screen.findByText('Disabled', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(screen.getByText('the endpoint answered 410 Gone')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send test event' })).toBeDisabled();
  });
});
