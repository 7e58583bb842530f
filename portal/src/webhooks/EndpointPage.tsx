import { Alert, Anchor, Badge, Button, Card, Group, Menu, Modal, NativeSelect, PasswordInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { EnvironmentBadge } from '../app/environment';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import { formatDateTime, formatRelative } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { SecretReveal } from '../app/SecretReveal';
import { ShowMore } from '../app/ShowMore';
import type { DeliveryFieldsFragment, EndpointFieldsFragment, WebhookDeliveriesQuery as WebhookDeliveriesResult } from '../gql/graphql';
import { cancelReason, formatDuration, localHoursAgo, localToInstant, mergeDeliveries } from './deliveries';
import { DeliveryDetail } from './DeliveryDetail';
import {
  DeleteEndpointMutation,
  DeliveryLoggedSubscription,
  DisableEndpointMutation,
  EnableEndpointMutation,
  EndpointChangedSubscription,
  FailedDeliveriesPreviewQuery,
  RecoverFailedMutation,
  RevealSecretMutation,
  RotateSecretMutation,
  SendTestMutation,
  WebhookDeliveriesQuery,
  WebhookEndpointQuery,
} from './documents';
import { EndpointDialog } from './EndpointDialog';
import { MessageLog } from './MessageLog';
import { DELIVERY_STATUS_COLORS, DELIVERY_STATUS_LABELS, ENDPOINT_STATUS_COLORS, ENDPOINT_STATUS_LABELS, TRIGGER_LABELS } from './labels';

export function EndpointPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: WebhookEndpointQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const node = data?.node;
  // The endpoint's status changes without a reload: auto-disabled after a 410, failing, enabled elsewhere.
  const [{ data: changed }] = useSubscription({ query: EndpointChangedSubscription, variables: { endpointId: id }, pause: !id });
  const live = changed?.webhookEndpointChanged;
  const loaded = node?.__typename === 'WebhookEndpoint' ? node : null;
  const endpoint = loaded && live?.id === loaded.id ? { ...loaded, ...live } : loaded;
  if (!data && fetching) return <PageLoader label="Loading the endpoint…" />;
  if (!data) return <LoadError title="The endpoint could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!endpoint) {
    return (
      <Stack maw={640}>
        <Alert color="yellow" title="Endpoint not found">
          Check the address, or pick the endpoint from the list.
        </Alert>
        <Anchor component={Link} to="/webhooks">
          Back to webhooks
        </Anchor>
      </Stack>
    );
  }
  return endpoint.deletedAt ? <DeletedEndpoint endpoint={endpoint} /> : <Endpoint endpoint={endpoint} />;
}

/** A deleted endpoint: nothing can be done with it any more, but its delivery log stays readable. */
function DeletedEndpoint({ endpoint }: { endpoint: EndpointFieldsFragment }) {
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to={endpoint.environment === 'LIVE' ? '/webhooks?env=live' : '/webhooks'} size="sm">
        ← All endpoints
      </Anchor>
      <div style={{ minWidth: 0 }}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {endpoint.url}
        </Title>
        <Group gap="xs" mt={4}>
          <EnvironmentBadge env={endpoint.environment} />
          <Badge color="gray" variant="light">
            Deleted
          </Badge>
          {endpoint.description && <Text c="dimmed">{endpoint.description}</Text>}
        </Group>
      </div>
      <Alert color="gray" title="This endpoint was deleted">
        Deleted {formatDateTime(endpoint.deletedAt ?? '')}. It receives no more events and its pending retries were cancelled; its delivery log is kept
        below, read-only.
      </Alert>
      <MessageLog endpointId={endpoint.id} readOnly />
      <DeliveryLog endpoint={endpoint} />
    </Stack>
  );
}

function Endpoint({ endpoint }: { endpoint: EndpointFieldsFragment }) {
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [revealing, setRevealing] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [{ fetching: testing }, sendTest] = useMutation(SendTestMutation);
  const [{ fetching: toggling }, disable] = useMutation(DisableEndpointMutation);
  const [, enable] = useMutation(EnableEndpointMutation);
  const [{ fetching: deleting }, remove] = useMutation(DeleteEndpointMutation);

  const run = async (action: () => Promise<{ error?: import('@urql/core').CombinedError | undefined }>, success: string) => {
    setActionError(null);
    const result = await action();
    if (result.error) setActionError(actionErrorMessage(result.error));
    else notifications.show({ color: 'green', message: success });
    return !result.error;
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to={endpoint.environment === 'LIVE' ? '/webhooks?env=live' : '/webhooks'} size="sm">
        ← All endpoints
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {endpoint.url}
          </Title>
          <Group gap="xs" mt={4}>
            <EnvironmentBadge env={endpoint.environment} />
            <Badge color={ENDPOINT_STATUS_COLORS[endpoint.status]} variant="light">
              {ENDPOINT_STATUS_LABELS[endpoint.status]}
            </Badge>
            {endpoint.description && <Text c="dimmed">{endpoint.description}</Text>}
          </Group>
        </div>
        <Group>
          <Button
            onClick={() => void run(() => sendTest({ endpointId: endpoint.id }), 'A test event is on its way. Watch the log below.')}
            loading={testing}
            disabled={endpoint.status !== 'ENABLED'}
          >
            Send test event
          </Button>
          <Button variant="default" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" loading={toggling}>
                More
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {endpoint.status === 'ENABLED' ? (
                <Menu.Item onClick={() => void run(() => disable({ id: endpoint.id }), 'The endpoint is disabled; no events are sent to it.')}>
                  Disable
                </Menu.Item>
              ) : (
                <Menu.Item onClick={() => void run(() => enable({ id: endpoint.id }), 'The endpoint is enabled again.')}>Enable</Menu.Item>
              )}
              <Menu.Item onClick={() => setRotating(true)}>Roll signing secret…</Menu.Item>
              <Menu.Item color="red" onClick={() => setConfirmDelete(true)}>
                Delete…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {actionError && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setActionError(null)}>
          {actionError}
        </Alert>
      )}
      {endpoint.disabledReason && endpoint.status === 'DISABLED' && (
        <Alert color="yellow" title="Why it is disabled">
          {endpoint.disabledReason}
        </Alert>
      )}
      <Card withBorder>
        <Text size="sm">
          <strong>Events:</strong> {endpoint.eventTypes?.length ? endpoint.eventTypes.join(', ') : 'every event type'}
        </Text>
        <Group gap="xs" mt={4}>
          <Text size="sm">
            <strong>Signing secret:</strong> <code>whsec_••••••••</code> (stored encrypted)
          </Text>
          <Button size="compact-xs" variant="default" onClick={() => setRevealing(true)}>
            Reveal signing secret…
          </Button>
        </Group>
        {endpoint.previousSecretExpiresAt && (
          <Text size="sm" mt={4}>
            The previous signing secret also signs deliveries until {formatDateTime(endpoint.previousSecretExpiresAt)}.
          </Text>
        )}
      </Card>
      <MessageLog endpointId={endpoint.id} />
      <DeliveryLog endpoint={endpoint} />

      <EndpointDialog mode={editing ? { kind: 'edit', endpoint } : null} onClose={() => setEditing(false)} />
      <RotateSecretDialog endpointId={rotating ? endpoint.id : null} onClose={() => setRotating(false)} />
      <RevealSecretDialog endpointId={revealing ? endpoint.id : null} onClose={() => setRevealing(false)} />
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title="Delete this endpoint?">
        <Stack>
          <Text size="sm">No more events are sent to {endpoint.url}. Its pending retries are cancelled; its delivery log is kept.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={deleting}
              onClick={() =>
                void run(() => remove({ id: endpoint.id }, { additionalTypenames: ['WebhookEndpoint'] }), 'The endpoint was deleted.').then((ok) => {
                  setConfirmDelete(false);
                  if (ok) void navigate('/webhooks');
                })
              }
            >
              Delete endpoint
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

const PAGE = 50;

function DeliveryLog({ endpoint }: { endpoint: EndpointFieldsFragment }) {
  const deleted = Boolean(endpoint.deletedAt);
  const list = usePagedQuery({
    query: WebhookDeliveriesQuery,
    variables: { endpointId: endpoint.id },
    connection: (d: WebhookDeliveriesResult) => d.webhookDeliveries,
    pageSize: PAGE,
  });
  const { data, fetching, error } = list.first;
  const refetch = list.refresh;
  // Attempts appear as the server records them, without a reload.
  const [{ data: live = [], error: liveError }] = useSubscription(
    { query: DeliveryLoggedSubscription, variables: { endpointId: endpoint.id } },
    (previous: DeliveryFieldsFragment[] = [], event) => [event.webhookDeliveryLogged, ...previous].slice(0, 500),
  );
  const [selected, setSelected] = useState<string | null>(null);
  const deliveries = mergeDeliveries(list.nodes, live);

  return (
    <Stack gap="sm" component="section" aria-labelledby="delivery-log-heading">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" id="delivery-log-heading">
            Delivery log: every attempt
          </Title>
          <Text size="sm" c="dimmed">
            {deleted ? 'Every attempt made before the endpoint was deleted.' : 'Every attempt, live. Select one to see the request and the response.'}
          </Text>
        </div>
        {!deleted && <RecoverFailed endpointId={endpoint.id} onDone={refetch} />}
      </Group>
      {liveError && (
        <Alert color="yellow" role="status">
          <Group justify="space-between">
            <Text size="sm">Live updates are paused (the connection dropped). New attempts appear when you refresh.</Text>
            <Button size="xs" variant="default" onClick={refetch}>
              Refresh
            </Button>
          </Group>
        </Alert>
      )}
      {!data && fetching ? (
        <PageLoader label="Loading deliveries…" />
      ) : !data ? (
        <LoadError title="The delivery log could not be loaded" error={error} onRetry={refetch} />
      ) : deliveries.length === 0 ? (
        <Card withBorder>
          <Text c="dimmed" ta="center" py="md">
            {deleted ? 'No deliveries were made to this endpoint.' : 'No deliveries yet. Send a test event to see one arrive here.'}
          </Text>
        </Card>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover aria-label="Delivery log" aria-live="polite">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Event</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">HTTP</Table.Th>
                <Table.Th scope="col">Attempt</Table.Th>
                <Table.Th scope="col">Duration</Table.Th>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">Details</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.map((d) => (
                <Table.Tr key={d.id} data-testid="delivery-row">
                  <Table.Td>
                    <code>{d.eventType}</code>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={DELIVERY_STATUS_COLORS[d.status]} variant="light">
                      {DELIVERY_STATUS_LABELS[d.status]}
                    </Badge>
                    {d.status === 'CANCELLED' ? (
                      <Text size="xs" c="dimmed" lineClamp={2} title={d.errorMessage ?? undefined}>
                        {cancelReason(d.errorMessage)}
                      </Text>
                    ) : (
                      d.errorMessage && (
                        <Text size="xs" c="red" lineClamp={1} title={d.errorMessage}>
                          {d.errorMessage}
                        </Text>
                      )
                    )}
                  </Table.Td>
                  <Table.Td>{d.responseStatus ?? '—'}</Table.Td>
                  <Table.Td>
                    {d.attempt} <Text span size="xs" c="dimmed">({TRIGGER_LABELS[d.trigger]})</Text>
                  </Table.Td>
                  <Table.Td>{formatDuration(d.durationMs)}</Table.Td>
                  <Table.Td>
                    {d.status === 'PENDING' && !d.attemptedAt ? (
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
                    <Button size="compact-xs" variant="subtle" onClick={() => setSelected(d.id)} aria-label={`Details of ${d.eventType} attempt ${d.attempt}`}>
                      Details
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <ShowMore list={{ ...list, nodes: deliveries, totalCount: Math.max(list.totalCount, deliveries.length) }} noun="attempts" />}
      <DeliveryDetail deliveryId={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}

/** Re-queue every event that failed for good since a time (after fixing an outage on your side). */
function RecoverFailed({ endpointId, onDone }: { endpointId: string; onDone: () => void }) {
  const [opened, setOpened] = useState(false);
  const [since, setSince] = useState(() => localHoursAgo(24));
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, recover] = useMutation(RecoverFailedMutation);
  const submit = async () => {
    const instant = localToInstant(since);
    if (!instant) {
      setError('Choose a date and time.');
      return;
    }
    setError(null);
    const result = await recover({ endpointId, since: instant });
    if (result.error) {
      setError(actionErrorMessage(result.error));
      return;
    }
    const count = result.data?.recoverFailedDeliveries ?? 0;
    notifications.show({ message: count === 0 ? 'No failed deliveries in that period.' : `${count} event${count === 1 ? '' : 's'} queued again.` });
    setOpened(false);
    onDone();
  };
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)}>
        Recover failed…
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Recover failed deliveries">
        <Stack>
          <Text size="sm">Every event whose delivery failed for good (or was cancelled by disabling the endpoint) since this time is sent again.</Text>
          <TextInput type="datetime-local" label="Failed since" value={since} onChange={(e) => setSince(e.currentTarget.value)} error={error} />
          {opened && <RecoverPreview endpointId={endpointId} since={localToInstant(since)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              Cancel
            </Button>
            <Button onClick={() => void submit()} loading={fetching}>
              Recover
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

const GRACE = [
  { value: '0', label: 'Stop the old secret now' },
  { value: String(3600), label: 'Sign with both for 1 hour' },
  { value: String(86400), label: 'Sign with both for 24 hours (recommended)' },
  { value: String(7 * 86400), label: 'Sign with both for 7 days' },
];

function RotateSecretDialog({ endpointId, onClose }: { endpointId: string | null; onClose: () => void }) {
  const [grace, setGrace] = useState('86400');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, rotate] = useMutation(RotateSecretMutation);
  const close = () => {
    setSecret(null);
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!endpointId) return;
    const result = await rotate({ id: endpointId, graceSeconds: Number(grace) });
    if (result.error) setError(actionErrorMessage(result.error));
    else if (result.data) setSecret(result.data.rotateWebhookSecret.secret);
  };
  return (
    <Modal opened={endpointId !== null} onClose={close} title={secret ? 'Your new signing secret' : 'Roll the signing secret'} size="lg" closeOnClickOutside={!secret}>
      {secret ? (
        <Stack>
          <SecretReveal label="signing secret" secret={secret} storage="encrypted" />
          <Group justify="flex-end">
            <Button onClick={close}>I have saved the secret</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">During the overlap each delivery carries both signatures (the old one first), so you can deploy the new secret without dropping events.</Text>
          <NativeSelect label="The old secret" data={GRACE} value={grace} onChange={(e) => setGrace(e.currentTarget.value)} />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={() => void submit()} loading={fetching}>
              Roll secret
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** What Recover will resend, asked before it runs: how many events, of which types, failed when. */
function RecoverPreview({ endpointId, since }: { endpointId: string; since: string | null }) {
  const [{ data, fetching, error }] = useQuery({
    query: FailedDeliveriesPreviewQuery,
    variables: { endpointId, since: since ?? '' },
    pause: !since,
    requestPolicy: 'network-only',
  });
  const preview = data?.failedDeliveriesPreview;
  if (!since) return null;
  if (error) return <Text size="sm" c="red.8">{actionErrorMessage(error)}</Text>;
  if (!preview || fetching) return <Text size="sm" c="dimmed">Counting the failed deliveries…</Text>;
  if (preview.count === 0) {
    return (
      <Alert color="gray" role="status" title="Nothing to recover">
        No delivery failed for good in that period.
      </Alert>
    );
  }
  return (
    <Alert color="blue" role="status" title={`${preview.count} event${preview.count === 1 ? '' : 's'} will be sent again`}>
      <Text size="sm">
        {preview.eventTypes.join(', ')}, whose last attempts failed between {formatDateTime(preview.oldest ?? '')} and {formatDateTime(preview.newest ?? '')}.
      </Text>
    </Alert>
  );
}

/**
 * Shows the signing secret again after a fresh check: the password, or an authenticator (or recovery) code.
 * The server keeps the secret encrypted, so it can; every reveal is audited.
 */
export function RevealSecretDialog({ endpointId, onClose }: { endpointId: string | null; onClose: () => void }) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<{ field: 'password' | 'mfaCode' | null; message: string } | null>(null);
  const [{ fetching }, reveal] = useMutation(RevealSecretMutation);
  const close = () => {
    setPassword('');
    setCode('');
    setSecret(null);
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!endpointId) return;
    if (!password && !code.trim()) {
      setError({ field: 'password', message: 'Enter your password, or a code from your authenticator app.' });
      return;
    }
    setError(null);
    const result = await reveal({ id: endpointId, password: password || null, mfaCode: code.trim() || null });
    if (result.error) {
      const { fieldErrors, formError } = interpretError(result.error, ['password', 'mfaCode'] as const);
      const field = fieldErrors.password ? 'password' : fieldErrors.mfaCode ? 'mfaCode' : null;
      setError({ field, message: (field && fieldErrors[field]) ?? formError ?? actionErrorMessage(result.error) });
      setPassword('');
      return;
    }
    if (result.data) setSecret(result.data.revealWebhookSecret.secret);
  };
  return (
    <Modal opened={endpointId !== null} onClose={close} title={secret ? 'Your signing secret' : 'Reveal the signing secret'} size="lg" closeOnClickOutside={!secret}>
      {secret ? (
        <Stack>
          <SecretReveal label="signing secret" secret={secret} storage="encrypted" lostHint="Think it leaked? Roll the signing secret to replace it." />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Text size="sm">Confirm it is you: enter your password, or a code from your authenticator app if two-factor authentication is on.</Text>
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={error?.field === 'password' ? error.message : undefined}
              data-autofocus
            />
            <TextInput
              label="Authenticator or recovery code"
              description="Only if you use two-factor authentication and prefer it to your password."
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={error?.field === 'mfaCode' ? error.message : undefined}
            />
            {error && error.field === null && (
              <Alert color="red" role="alert">
                {error.message}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={fetching}>
                Reveal secret
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
