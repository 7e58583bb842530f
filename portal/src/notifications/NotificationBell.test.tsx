import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { graphqlFetch } from '../test/graphqlFetch';
import { TEST_USER, renderApp, signedInManager } from '../test/renderApp';

const viewer = () => ({ data: { viewer: { __typename: 'User', ...TEST_USER, memberships: [] } } });

function notification(id: string, title: string, readAt: string | null = null) {
  return { __typename: 'Notification', id, kind: 'key.expiring', title, body: `${title}.`, targetID: 'key_1', link: '/usage?key=key_1', readAt, createdAt: '2026-01-01T10:00:00Z' };
}

function list(items: ReturnType<typeof notification>[]) {
  return () => ({
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        totalCount: items.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: items.map((node) => ({ __typename: 'NotificationEdge', node })),
      },
      unreadNotificationCount: items.filter((n) => !n.readAt).length,
    },
  });
}

describe('NotificationBell', () => {
  it('shows the unread count in its name and the latest notifications when opened', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      DashboardViewer: viewer,
      Notifications: list([notification('n1', 'A key expires soon'), notification('n2', 'KYC verified', '2026-01-01T11:00:00Z')]),
      MarkAllNotificationsRead: () => ({ data: { markAllNotificationsRead: 1 } }),
    });
    renderApp('/', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const panel = await screen.findByRole('dialog');
    expect(await within(panel).findByText('A key expires soon')).toBeInTheDocument();
    expect(within(panel).getByText('KYC verified')).toBeInTheDocument();
    expect(within(panel).getByText('See all notifications').closest('a')).toHaveAttribute('href', '/notifications');
    // Each item leads to what it is about.
    expect(within(panel).getByText('A key expires soon').closest('a')).toHaveAttribute('href', '/usage?key=key_1');

    await user.click(within(panel).getByText('Mark all as read'));
    await waitFor(() => expect(server.seen.some((r) => r.operationName === 'MarkAllNotificationsRead')).toBe(true));
  });

  it('updates the count live when a notification arrives', async () => {
    const subscriptions = fakeSubscriptions();
    let items = [notification('n1', 'First')];
    const server = graphqlFetch({ DashboardViewer: viewer, Notifications: () => list(items)() });
    renderApp('/', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await waitFor(() => expect(subscriptions.active.map((a) => a.operationName)).toContain('NotificationAdded'));

    items = [notification('n2', 'Second'), ...items];
    subscriptions.emit('NotificationAdded', { notificationAdded: items[0] });
    expect(await screen.findByRole('button', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
  });

  it('refetches when the window regains focus', async () => {
    const server = graphqlFetch({ DashboardViewer: viewer });
    renderApp('/', { fetch: server.fetch, manager: signedInManager() });
    await screen.findByRole('button', { name: 'Notifications' });
    const before = server.seen.filter((r) => r.operationName === 'Notifications').length;
    window.dispatchEvent(new Event('focus'));
    await waitFor(() => expect(server.seen.filter((r) => r.operationName === 'Notifications').length).toBeGreaterThan(before));
  });
});

describe('NotificationsPage', () => {
  it('marks one notification read', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      Notifications: list([notification('n1', 'A key expires soon')]),
      MarkNotificationRead: () => ({ data: { markNotificationRead: notification('n1', 'A key expires soon', '2026-01-02T00:00:00Z') } }),
    });
    renderApp('/notifications', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Mark “A key expires soon” as read' }));
    await waitFor(() => expect(server.seen.find((r) => r.operationName === 'MarkNotificationRead')?.variables).toEqual({ id: 'n1' }));
  });

});
