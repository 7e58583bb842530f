import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { formatRelative } from '../app/labels';
import { useNotifications } from './useNotifications';

/** The header's bell: live unread count, the latest few, a link to all. */
export function NotificationBell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { items, unread, error, fetching, data, markAllRead, markingAll, markRead } = useNotifications(5);
  const label = unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`;
  return (
    <Popover opened={opened} onChange={(o) => (o ? undefined : close())} position="bottom-end" width={340} shadow="md" withArrow>
      {/* The target is the button itself, so aria-expanded lands on it and
          not on the badge's wrapper (where ARIA does not allow it). */}
      <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} offset={4} color="red">
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} onClick={toggle}>
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown>
        <Stack gap="xs">
          {!data && fetching ? (
            <Text size="sm" c="dimmed">
              Loading…
            </Text>
          ) : !data && error ? (
            <Text size="sm" c="red">
              Notifications could not be loaded.
            </Text>
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed">
              You are all caught up.
            </Text>
          ) : (
            items.map((n) => (
              <div key={n.id}>
                {/* The title leads to what the notification is about; following it reads it. */}
                <Anchor
                  component={Link}
                  to={n.link}
                  size="sm"
                  fw={n.readAt ? 400 : 600}
                  onClick={() => {
                    if (!n.readAt) void markRead(n.id);
                    close();
                  }}
                >
                  {n.title}
                </Anchor>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {n.body}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatRelative(n.createdAt)}
                </Text>
              </div>
            ))
          )}
          <Divider />
          <Group justify="space-between">
            <Anchor component={Link} to="/notifications" size="sm" onClick={close}>
              See all notifications
            </Anchor>
            {unread > 0 && (
              <Button size="compact-xs" variant="subtle" onClick={() => void markAllRead()} loading={markingAll}>
                Mark all as read
              </Button>
            )}
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}
