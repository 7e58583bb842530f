import { Alert, Badge, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { CodeBlock } from '../app/CodeBlock';
import { formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { RequestLogDetailQuery } from './documents';
import { formatLatencyUs, keyLabel, prettyBody, statusColor, type KeyRef } from './shaping';

/** One metered call in full, Stripe-style: who called, what was asked and answered, bodies redacted by the server. */
export function RequestDetail({ requestId, keys, onClose }: { requestId: string | null; keys: readonly KeyRef[]; onClose: () => void }) {
  return (
    <Drawer opened={requestId !== null} onClose={onClose} position="right" size="xl" title="Request" closeButtonProps={{ 'aria-label': 'Close the request' }}>
      {requestId && <RequestDetailBody requestId={requestId} keys={keys} />}
    </Drawer>
  );
}

function RequestDetailBody({ requestId, keys }: { requestId: string; keys: readonly KeyRef[] }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: RequestLogDetailQuery, variables: { requestID: requestId } });
  const log = data?.requestLogs.edges?.[0]?.node;
  if (!data && fetching) return <PageLoader label="Loading the request…" />;
  if (!data) return <LoadError title="The request could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!log) {
    return (
      <Alert color="yellow" title="No such request">
        No call with request ID <code>{requestId}</code> is in your log. It may belong to the other environment, or be older than the log keeps.
      </Alert>
    );
  }
  const rows: [string, ReactNode][] = [
    ['When', formatDateTime(log.createdAt)],
    ['Request ID', <code key="rid">{log.requestID}</code>],
    ['Method', log.method],
    ['Path', <code key="route">{log.route || '—'}</code>],
    ['Status', log.status],
    ['Error code', log.errorCode ? <code key="code">{log.errorCode}</code> : '—'],
    ['Latency', formatLatencyUs(log.latencyUs)],
    ['Key', keyLabel(log.keyID ?? '', keys)],
    ['Client IP', log.clientIP || '—'],
    ['User agent', log.userAgent || '—'],
  ];
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={statusColor(log.status)} variant="light">
          {log.status}
        </Badge>
        <Text fw={500} ff="monospace">
          {log.route || log.method}
        </Text>
      </Group>
      <Table variant="vertical" layout="fixed" withTableBorder aria-label="Request summary">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={140}>{label}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        Keys, tokens, signing secrets and personal fields (names, emails, phone numbers, dates of birth, document numbers, addresses) are
        replaced by [REDACTED] before a body is stored; each body keeps its first 8 KB.
      </Text>
      <BodyBlock title="Request body" body={log.requestBody} truncated={log.requestBodyTruncated} />
      <BodyBlock title="Response body" body={log.responseBody} truncated={log.responseBodyTruncated} />
    </Stack>
  );
}

function BodyBlock({ title, body, truncated }: { title: string; body?: string | null; truncated: boolean }) {
  const { text, json } = prettyBody(body);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {truncated && (
          <Badge color="gray" variant="light">
            Truncated
          </Badge>
        )}
      </Group>
      {text ? (
        json ? (
          <CodeBlock code={text} language="json" title={title} />
        ) : (
          <Text size="sm" ff="monospace" data-testid="body-note">
            {text}
          </Text>
        )
      ) : (
        <Text size="sm" c="dimmed">
          Empty
        </Text>
      )}
    </Stack>
  );
}
