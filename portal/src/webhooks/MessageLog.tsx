import { Alert, Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fragment, useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { formatDateTime, formatRelative } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { ShowMore } from '../app/ShowMore';
import type { DeliveryFieldsFragment, WebhookDeliveryStatus, WebhookMessagesQuery as WebhookMessagesResult } from '../gql/graphql';
import { cancelReason, formatDuration, localToInstant } from './deliveries';
import { DeliveryDetail } from './DeliveryDetail';
import { DeliveryLoggedSubscription, EventTypesQuery, RetryDeliveryNowMutation, WebhookMessagesQuery } from './documents';
import { DELIVERY_STATUS_COLORS, DELIVERY_STATUS_LABELS, TRIGGER_LABELS } from './labels';

const PAGE = 25;

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  ...(['SUCCEEDED', 'PENDING', 'FAILED', 'CANCELLED'] as const).map((s) => ({ value: s, label: DELIVERY_STATUS_LABELS[s] })),
];

/**
 * The endpoint's log as messages, like Svix's: one row per event, its attempts nested under it, filtered by
 * event type, status and time, searched by event or verification id. A pending attempt can be sent now.
 */
export function MessageLog({ endpointId, readOnly = false }: { endpointId: string; readOnly?: boolean }) {
  const [eventType, setEventType] = useState('');
  const [status, setStatus] = useState('');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [search, setSearch] = useState('');
  const [{ data: types }] = useQuery({ query: EventTypesQuery });
  const filter = {
    endpointId,
    ...(eventType ? { eventTypes: [eventType] } : {}),
    ...(status ? { status: status as WebhookDeliveryStatus } : {}),
    ...(localToInstant(since) ? { since: localToInstant(since) } : {}),
    ...(localToInstant(until) ? { until: localToInstant(until) } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
  };
  const list = usePagedQuery({
    query: WebhookMessagesQuery,
    variables: { filter },
    connection: (d: WebhookMessagesResult) => d.webhookMessages,
    pageSize: PAGE,
  });
  const { data, fetching, error } = list.first;
  // A recorded attempt changes its message: the loaded pages are read again (at most every half second).
  const [{ data: lastLogged }] = useSubscription({ query: DeliveryLoggedSubscription, variables: { endpointId } });
  const refresh = useRef(list.refresh);
  refresh.current = list.refresh;
  useEffect(() => {
    if (!lastLogged) return;
    const timer = setTimeout(() => refresh.current(), 500);
    return () => clearTimeout(timer);
  }, [lastLogged]);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const filtered = Boolean(eventType || status || since || until || search.trim());

  return (
    <Stack gap="sm" component="section" aria-labelledby="message-log-heading">
      <div>
        <Title order={2} size="h3" id="message-log-heading">
          Messages
        </Title>
        <Text size="sm" c="dimmed">
          Each event sent to this endpoint, with every attempt to deliver it. Open one to see its attempts.
        </Text>
      </div>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label="Event type"
          value={eventType}
          onChange={(e) => setEventType(e.currentTarget.value)}
          data={[{ value: '', label: 'Every event type' }, ...(types?.eventTypes ?? []).map((t) => ({ value: t.name, label: t.name }))]}
        />
        <NativeSelect label="Status" value={status} onChange={(e) => setStatus(e.currentTarget.value)} data={STATUS_OPTIONS} />
        <TextInput type="datetime-local" label="From" value={since} onChange={(e) => setSince(e.currentTarget.value)} />
        <TextInput type="datetime-local" label="Until" value={until} onChange={(e) => setUntil(e.currentTarget.value)} />
        <TextInput
          label="Search"
          placeholder="Event or verification id"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 200 }}
        />
      </Group>
      {!data && fetching ? (
        <PageLoader label="Loading messages…" />
      ) : !data ? (
        <LoadError title="The messages could not be loaded" error={error} onRetry={list.refresh} />
      ) : list.nodes.length === 0 ? (
        <Card withBorder>
          <Text c="dimmed" ta="center" py="md">
            {filtered ? 'No message matches these filters.' : 'No messages yet. Send a test event to see one arrive here.'}
          </Text>
        </Card>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label="Messages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Event</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Attempts</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">Attempts</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.nodes.map((m) => (
                <Fragment key={m.id}>
                  <Table.Tr data-testid="message-row">
                    <Table.Td>
                      <code>{m.eventType}</code>
                      <Text size="xs" c="dimmed">
                        {m.id}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={DELIVERY_STATUS_COLORS[m.status]} variant="light">
                        {DELIVERY_STATUS_LABELS[m.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{m.attempts.length}</Table.Td>
                    <Table.Td>
                      <Text size="sm" title={formatDateTime(m.createdAt)}>
                        {formatRelative(m.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-expanded={Boolean(open[m.id])}
                        aria-label={`${open[m.id] ? 'Hide' : 'Show'} attempts of ${m.id}`}
                        aria-controls={`attempts-${m.id}`}
                        onClick={() => setOpen((o) => ({ ...o, [m.id]: !o[m.id] }))}
                      >
                        {open[m.id] ? 'Hide attempts' : 'Show attempts'}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                  {open[m.id] && (
                    <Table.Tr id={`attempts-${m.id}`}>
                      <Table.Td colSpan={5}>
                        <Attempts messageId={m.id} attempts={m.attempts} readOnly={readOnly} onDetails={setSelected} onChanged={list.refresh} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <ShowMore list={list} noun="messages" />}
      <DeliveryDetail deliveryId={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}

function Attempts({
  messageId,
  attempts,
  readOnly,
  onDetails,
  onChanged,
}: {
  messageId: string;
  attempts: DeliveryFieldsFragment[];
  readOnly: boolean;
  onDetails: (id: string) => void;
  onChanged: () => void;
}) {
  const [{ fetching }, retryNow] = useMutation(RetryDeliveryNowMutation);
  const [error, setError] = useState<string | null>(null);
  const retry = async (d: DeliveryFieldsFragment) => {
    setError(null);
    const result = await retryNow({ id: d.id });
    if (result.error) {
      setError(actionErrorMessage(result.error));
      return;
    }
    notifications.show({ color: 'green', message: `Attempt ${d.attempt} of ${d.eventType} is being sent now.` });
    onChanged();
  };
  return (
    <Stack gap="xs">
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <Table aria-label={`Attempts of ${messageId}`} withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Attempt</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">HTTP</Table.Th>
            <Table.Th scope="col">Duration</Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attempts.map((d) => {
            const scheduled = d.status === 'PENDING' && !d.attemptedAt;
            return (
              <Table.Tr key={d.id} data-testid="attempt-row">
                <Table.Td>
                  {d.attempt}{' '}
                  <Text span size="xs" c="dimmed">
                    ({TRIGGER_LABELS[d.trigger]})
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={DELIVERY_STATUS_COLORS[d.status]} variant="light">
                    {DELIVERY_STATUS_LABELS[d.status]}
                  </Badge>
                  {d.status === 'CANCELLED' ? (
                    <Text size="xs" c="dimmed">
                      {cancelReason(d.errorMessage)}
                    </Text>
                  ) : (
                    d.errorMessage && (
                      <Text size="xs" c="red.8">
                        {d.errorMessage}
                      </Text>
                    )
                  )}
                </Table.Td>
                <Table.Td>{d.responseStatus ?? '—'}</Table.Td>
                <Table.Td>{formatDuration(d.durationMs)}</Table.Td>
                <Table.Td>
                  {scheduled ? (
                    <Text size="sm" title={formatDateTime(d.scheduledAt)}>
                      Due {formatRelative(d.scheduledAt)}
                    </Text>
                  ) : (
                    <Text size="sm" title={formatDateTime(d.attemptedAt ?? d.createdAt)}>
                      {formatRelative(d.attemptedAt ?? d.createdAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {scheduled && !readOnly && (
                      <Button size="compact-xs" loading={fetching} onClick={() => void retry(d)} aria-label={`Retry attempt ${d.attempt} of ${d.eventType} now`}>
                        Retry now
                      </Button>
                    )}
                    <Button size="compact-xs" variant="subtle" onClick={() => onDetails(d.id)} aria-label={`Details of ${d.eventType} attempt ${d.attempt} in message ${messageId}`}>
                      Details
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
