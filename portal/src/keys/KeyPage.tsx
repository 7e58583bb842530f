import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { EnvironmentBadge } from '../app/environment';
import { formatDate, formatDateTime, formatRelative } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { AuditLogsQuery } from '../audit/documents';
import type { ApiKeyRateLimitSource, UsageFilter } from '../gql/graphql';
import { UsageQuery, UsageUpdatedSubscription } from '../usage/documents';
import { RequestLog } from '../usage/RequestLog';
import { describeRequests, toChartPoints, usageWindow } from '../usage/shaping';
import { RequestsChart } from '../usage/UsageCharts';
import { ApiKeyChangedSubscription, ApiKeyDetailQuery } from './documents';
import { KIND_LABELS } from './keyForm';

/** Why a key has its limit, in the words of the page (never the enum value). */
export const LIMIT_SOURCE_LABELS: Record<ApiKeyRateLimitSource, string> = {
  KEY_OVERRIDE: 'an override KeyBS set on this key',
  TENANT_OVERRIDE: 'an override KeyBS set on your organization',
  PLAN: 'your plan',
  DEFAULT: 'the default for the key’s environment and industry',
};

/** A line such as "120 requests a minute, from your Starter plan". */
export function describeLimit(limit: { perMinute: number; source: ApiKeyRateLimitSource; plan?: { name: string } | null }): string {
  const source = limit.source === 'PLAN' && limit.plan ? `your ${limit.plan.name} plan` : LIMIT_SOURCE_LABELS[limit.source];
  return `${limit.perMinute.toLocaleString('en')} requests a minute, from ${source}`;
}

/** /keys/:id — one key: its limit, live last use, usage chart, request log and audit entries. */
export function KeyPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ApiKeyDetailQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  // Any change of this key (a call moving "Last used", an edit, a roll) reloads it.
  useSubscription({ query: ApiKeyChangedSubscription }, (_, event) => {
    if (event.apiKeyChanged.apiKeyId === id) refetch({ requestPolicy: 'network-only' });
    return event;
  });
  const key = data?.apiKey;
  if (!data && fetching) return <PageLoader label="Loading the key…" />;
  if (!data) return <LoadError title="The key could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!key) {
    return (
      <Stack gap="md" maw={900}>
        <Title order={1} size="h2">
          Key not found
        </Title>
        <Alert color="yellow">This key does not exist in your organization. It may have been deleted.</Alert>
        <Anchor component={Link} to="/keys">
          Back to API keys
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Anchor component={Link} to="/keys" size="sm">
          ← API keys
        </Anchor>
        <Group gap="xs" mt={4}>
          <Title order={1} size="h2">
            {key.name}
          </Title>
          <EnvironmentBadge env={key.environment} />
          <Badge variant="light">{key.state.toLowerCase()}</Badge>
        </Group>
        <Text c="dimmed">
          {KIND_LABELS[key.kind]} key <code>{key.prefix}…{key.last4}</code>
          {key.application ? ` of ${key.application.name}` : ''}, created {formatDate(key.createdAt)}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Rate limit
          </Text>
          <Text fw={600} data-testid="key-rate-limit">
            {describeLimit(key.rateLimit)}
          </Text>
          <Text size="xs" c="dimmed">
            Precedence: key override, then organization override, then plan (live keys), then the default.
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed" id="key-last-used-label">
            Last used
          </Text>
          <Text fw={600} aria-labelledby="key-last-used-label" data-testid="key-last-used" title={key.lastUsedAt ? formatDateTime(key.lastUsedAt) : undefined}>
            {key.lastUsedAt ? `${formatRelative(key.lastUsedAt)}${key.lastUsedIP ? ` from ${key.lastUsedIP}` : ''}` : 'Never'}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Scopes
          </Text>
          <Text size="sm">{key.scopes.join(', ')}</Text>
        </Card>
      </SimpleGrid>
      <KeyUsage keyId={key.id} environment={key.environment} keyRef={key} />
      <KeyAudit keyId={key.id} />
    </Stack>
  );
}

function KeyUsage({ keyId, environment, keyRef }: { keyId: string; environment: UsageFilter['environment']; keyRef: { id: string; name: string; prefix: string; last4: string } }) {
  const [clock, setClock] = useState(() => Date.now());
  const span = useMemo(() => usageWindow('24h', clock), [clock]);
  const dims = useMemo<UsageFilter>(() => ({ environment, keyId }), [environment, keyId]);
  const [{ data }, refetch] = useQuery({ query: UsageQuery, variables: { filter: { ...dims, ...span } }, requestPolicy: 'cache-and-network' });
  const [refreshSeq, setRefreshSeq] = useState(0);
  const last = useRef(0);
  useSubscription({ query: UsageUpdatedSubscription, variables: { filter: dims } }, (_, event) => {
    // At most once a second: a busy key pushes often.
    if (Date.now() - last.current > 1000) {
      last.current = Date.now();
      setClock(Date.now());
      refetch({ requestPolicy: 'network-only' });
      setRefreshSeq((n) => n + 1);
    }
    return event;
  });
  useEffect(() => setRefreshSeq(0), [keyId]);
  const report = data?.usage;
  const points = useMemo(() => (report ? toChartPoints(report) : []), [report]);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        Usage
      </Title>
      {report && <RequestsChart points={points} granularity={report.granularity} description={describeRequests(points, report.granularity, '24h')} />}
      <RequestLog dims={dims} since={span.from} keys={[keyRef]} refreshSeq={refreshSeq} />
    </Stack>
  );
}

function KeyAudit({ keyId }: { keyId: string }) {
  const [{ data, error }] = useQuery({ query: AuditLogsQuery, variables: { where: { targetID: keyId }, first: 20 }, requestPolicy: 'cache-and-network' });
  const entries = (data?.auditLogs.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        Audit entries
      </Title>
      {error && !data ? (
        <Text c="red">The audit entries could not be loaded.</Text>
      ) : entries.length === 0 ? (
        <Text c="dimmed">No entries yet.</Text>
      ) : (
        <Table aria-label="Audit entries of this key">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">What</Table.Th>
              <Table.Th scope="col">From</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDateTime(e.createdAt)}</Table.Td>
                <Table.Td>
                  <code>{e.action}</code>
                </Table.Td>
                <Table.Td>{e.ip || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
