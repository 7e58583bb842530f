import { useEffect } from 'react';
import { useMutation, useSubscription } from 'urql';
import { usePagedQuery } from '../app/pagination';
import type { NotificationsQuery as NotificationsResult } from '../gql/graphql';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, NotificationAddedSubscription, NotificationsQuery } from './documents';

/**
 * The viewer's notifications, `pageSize` at a time, and the unread count,
 * kept current by the notificationAdded subscription (and a refetch when the
 * tab regains focus, in case the socket was down meanwhile).
 */
export function useNotifications(pageSize = 10) {
  const list = usePagedQuery({
    query: NotificationsQuery,
    variables: {},
    connection: (d: NotificationsResult) => d.notifications,
    pageSize,
  });
  const { refresh } = list;
  useSubscription({ query: NotificationAddedSubscription }, (_, event) => {
    refresh();
    return event;
  });
  const [, markOne] = useMutation(MarkNotificationReadMutation);
  const [{ fetching: markingAll }, markAll] = useMutation(MarkAllNotificationsReadMutation);
  useEffect(() => {
    const onFocus = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [refresh]);
  return {
    ...list.first,
    list,
    items: list.nodes,
    unread: list.first.data?.unreadNotificationCount ?? 0,
    total: list.totalCount,
    refetch: refresh,
    markRead: (id: string) => markOne({ id }),
    // Returns a count, not notifications: tell the cache which lists it touched.
    markAllRead: () => markAll({}, { additionalTypenames: ['Notification'] }),
    markingAll,
  };
}
