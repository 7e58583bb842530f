import { useEffect } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, NotificationAddedSubscription, NotificationsQuery } from './documents';

/**
 * The viewer's notifications and unread count, kept current by the
 * notificationAdded subscription (and a refetch when the tab regains focus,
 * in case the socket was down meanwhile).
 */
export function useNotifications(first = 10) {
  const [result, refetch] = useQuery({ query: NotificationsQuery, variables: { first }, requestPolicy: 'cache-and-network' });
  useSubscription({ query: NotificationAddedSubscription }, (_, event) => {
    refetch({ requestPolicy: 'network-only' });
    return event;
  });
  const [, markOne] = useMutation(MarkNotificationReadMutation);
  const [{ fetching: markingAll }, markAll] = useMutation(MarkAllNotificationsReadMutation);
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') refetch({ requestPolicy: 'network-only' });
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [refetch]);
  const items = (result.data?.notifications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return {
    ...result,
    items,
    unread: result.data?.unreadNotificationCount ?? 0,
    total: result.data?.notifications.totalCount ?? 0,
    refetch,
    markRead: (id: string) => markOne({ id }),
    // Returns a count, not notifications: tell the cache which lists it touched.
    markAllRead: () => markAll({}, { additionalTypenames: ['Notification'] }),
    markingAll,
  };
}
