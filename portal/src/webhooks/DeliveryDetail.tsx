import { Alert, Badge, Button, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { CodeBlock } from '../app/CodeBlock';
import { actionErrorMessage } from '../app/graphqlErrors';
import { formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { ResendDeliveryMutation, WebhookDeliveryDetailQuery } from './documents';
import { cancelReason, formatDuration } from './deliveries';
import { DELIVERY_STATUS_COLORS, DELIVERY_STATUS_LABELS, TRIGGER_LABELS } from './labels';

/** One attempt in full: what we sent (headers, body) and what the endpoint answered. */
export function DeliveryDetail({ deliveryId, onClose }: { deliveryId: string | null; onClose: () => void }) {
  return (
    <Drawer opened={deliveryId !== null} onClose={onClose} position="right" size="xl" title="Delivery attempt">
      {deliveryId && <DeliveryDetailBody id={deliveryId} />}
    </Drawer>
  );
}

function DeliveryDetailBody({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WebhookDeliveryDetailQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: resending }, resend] = useMutation(ResendDeliveryMutation);
  const [resendError, setResendError] = useState<string | null>(null);
  const delivery = data?.webhookDeliveries.edges?.[0]?.node;
  if (!data && fetching) return <PageLoader label="Loading the delivery…" />;
  if (!data) return <LoadError title="The delivery could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!delivery) return <Alert color="yellow">This delivery no longer exists.</Alert>;

  const doResend = async () => {
    setResendError(null);
    const result = await resend({ id: delivery.id });
    if (result.error) setResendError(actionErrorMessage(result.error));
    else notifications.show({ color: 'green', message: `${delivery.eventType} was queued again.` });
  };

  const headers = Object.entries(delivery.requestHeaders ?? {}).sort(([a], [b]) => a.localeCompare(b));
  // The server refuses to resend to a deleted endpoint; say so instead of offering it.
  const endpointDeleted = Boolean(delivery.endpoint.deletedAt);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="xs">
          <Badge color={DELIVERY_STATUS_COLORS[delivery.status]} variant="light">
            {DELIVERY_STATUS_LABELS[delivery.status]}
          </Badge>
          <Text fw={500}>{delivery.eventType}</Text>
        </Group>
        {!endpointDeleted && (
          <Button size="xs" onClick={() => void doResend()} loading={resending}>
            Resend
          </Button>
        )}
      </Group>
      {endpointDeleted && (
        <Text size="sm" c="dimmed">
          The endpoint was deleted on {formatDateTime(delivery.endpoint.deletedAt ?? '')}: its deliveries cannot be resent.
        </Text>
      )}
      {resendError && (
        <Alert color="red" role="alert">
          {resendError}
        </Alert>
      )}
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {(
            [
              ['Event ID', <code key="e">{delivery.eventID}</code>],
              ['Attempt', `${delivery.attempt} (${TRIGGER_LABELS[delivery.trigger]})`],
              ['Sent', delivery.attemptedAt ? formatDateTime(delivery.attemptedAt) : 'Not yet'],
              ['HTTP status', delivery.responseStatus ?? '—'],
              ['Duration', formatDuration(delivery.durationMs)],
              delivery.status === 'CANCELLED' ? ['Why cancelled', cancelReason(delivery.errorMessage)] : ['Error', delivery.errorMessage || '—'],
              ['Next retry', delivery.nextRetryAt ? formatDateTime(delivery.nextRetryAt) : '—'],
            ] as const
          ).map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={140} scope="row">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h5">
        Request headers
      </Title>
      {headers.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not recorded.
        </Text>
      ) : (
        <Table fz="xs" withTableBorder aria-label="Request headers">
          <Table.Tbody>
            {headers.map(([name, value]) => (
              <Table.Tr key={name}>
                <Table.Th scope="row" w={200}>
                  {name}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere', fontFamily: 'var(--mantine-font-family-monospace)' }}>{String(value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CodeBlock title="Request body" language="json" code={prettyJson(delivery.requestBody ?? '')} />
      {delivery.responseExcerpt ? (
        <CodeBlock title="Response (first 1 KiB)" language="json" code={delivery.responseExcerpt} />
      ) : (
        <Text size="sm" c="dimmed">
          The endpoint sent no response body.
        </Text>
      )}
    </Stack>
  );
}

function prettyJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
