import { Anchor, Badge, Button, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { ShowMore } from '../app/ShowMore';
import { useNotifications } from './useNotifications';

const PAGE = 50;

export function NotificationsPage() {
  const { list, items, unread, data, fetching, error, refetch, markRead, markAllRead, markingAll } = useNotifications(PAGE);
  return (
    <Stack gap="lg" maw={900}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Notifications
          </Title>
          <Text c="dimmed" aria-live="polite">
            {unread === 0 ? 'Nothing unread.' : `${unread} unread.`}
          </Text>
        </div>
        {unread > 0 && (
          <Button variant="default" onClick={() => void markAllRead()} loading={markingAll}>
            Mark all as read
          </Button>
        )}
      </Group>
      {!data && fetching ? (
        <PageLoader label="Loading notifications…" />
      ) : !data ? (
        <LoadError title="Notifications could not be loaded" error={error} onRetry={refetch} />
      ) : items.length === 0 ? (
        <EmptyState title="No notifications" description="Key expiries, failing webhooks and review decisions appear here." />
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Notifications">
          {items.map((n) => (
            <Card key={n.id} withBorder component="li" padding="md">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Anchor component={Link} to={n.link} fw={n.readAt ? 400 : 600} onClick={() => { if (!n.readAt) void markRead(n.id); }}>
                    {n.title}
                  </Anchor>
                  <Text size="sm">{n.body}</Text>
                </div>
                <Stack gap={4} align="flex-end">
                  {!n.readAt && (
                    <>
                      <Badge size="xs" color="red">
                        Unread
                      </Badge>
                      <Button size="compact-xs" variant="subtle" onClick={() => void markRead(n.id)} aria-label={`Mark “${n.title}” as read`}>
                        Mark as read
                      </Button>
                    </>
                  )}
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(n.createdAt)}
                  </Text>
                </Stack>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {data && <ShowMore list={list} noun="notifications" />}
    </Stack>
  );
}
