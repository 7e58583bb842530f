import { Alert, Anchor, Badge, Button, Card, EmptyState, Group, Loader, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { EnvironmentToggle, useEnvironment } from '../app/environment';
import { ENVIRONMENT_LABELS } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import type {
  UsageApplicationOptionsQuery as UsageApplicationOptionsResult,
  UsageFilter,
  UsageKeyOptionsQuery as UsageKeyOptionsResult,
  UsagePointFieldsFragment,
} from '../gql/graphql';
import { BillingCard } from './BillingCard';
import { BreakdownTable } from './BreakdownTable';
import { DomainFigures } from './DomainFigures';
import { UsageApplicationOptionsQuery, UsageKeyOptionsQuery, UsageQuery, UsageUpdatedSubscription } from './documents';
import { QuotaGauge } from './QuotaGauge';
import { RequestLog } from './RequestLog';
import {
  RANGE_IDS,
  RANGES,
  describeLatency,
  describeRequests,
  formatCount,
  formatLatency,
  formatRate,
  hasTraffic,
  isRangeId,
  keyLabel,
  mergeOptions,
  throttle,
  toChartPoints,
  usageWindow,
  type KeyRef,
  type RangeId,
} from './shaping';
import { LatencyChart, RequestsChart } from './UsageCharts';

const DEFAULT_RANGE: RangeId = '24h';
// Pages of 100 the key and application pickers follow at most.
const OPTION_PAGES = 10;

/** The page's filters, kept in the URL (?range=7d&key=…&app=…&route=…) like the test/live switch. */
function useUsageParams() {
  const [params, setParams] = useSearchParams();
  const rangeParam = params.get('range');
  const range: RangeId = isRangeId(rangeParam) ? rangeParam : DEFAULT_RANGE;
  const set = useCallback(
    (changes: Record<string, string>) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value && !(name === 'range' && value === DEFAULT_RANGE)) copy.set(name, value);
            else copy.delete(name);
          }
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { range, keyId: params.get('key') ?? '', applicationId: params.get('app') ?? '', route: params.get('route') ?? '', set };
}

/** The query window, advanced when the clock enters a new bucket (checked every 10 s and on each live update). */
function useWindow(range: RangeId) {
  const [clock, setClock] = useState(() => Date.now());
  const span = useMemo(() => usageWindow(range, clock), [range, clock]);
  const advance = useCallback(() => {
    const now = Date.now();
    const changed = usageWindow(range, now).to !== span.to;
    if (changed) setClock(now);
    return changed;
  }, [range, span.to]);
  useEffect(() => {
    const timer = setInterval(advance, 10_000);
    return () => clearInterval(timer);
  }, [advance]);
  return { span, advance };
}

export function UsagePage() {
  const [environment] = useEnvironment();
  const { range, keyId, applicationId, route, set } = useUsageParams();
  const { span: timeWindow, advance } = useWindow(range);

  // The dimensions, shared by the report, the live subscription and the log.
  const dims = useMemo<UsageFilter>(
    () => ({
      environment,
      ...(keyId ? { keyId } : {}),
      ...(applicationId ? { applicationId } : {}),
      ...(route ? { route } : {}),
    }),
    [environment, keyId, applicationId, route],
  );
  const filter = useMemo<UsageFilter>(() => ({ ...dims, ...timeWindow }), [dims, timeWindow]);

  const [{ data, fetching, error, stale }, refetchUsage] = useQuery({ query: UsageQuery, variables: { filter }, requestPolicy: 'cache-and-network' });
  // The pickers offer everything: they follow the pages (up to 1,000 of each).
  const keys: KeyRef[] = usePagedQuery({
    query: UsageKeyOptionsQuery,
    variables: { environment },
    connection: (d: UsageKeyOptionsResult) => d.apiKeys,
    loadAll: OPTION_PAGES,
  }).nodes;
  const applications = usePagedQuery({
    query: UsageApplicationOptionsQuery,
    variables: {},
    connection: (d: UsageApplicationOptionsResult) => d.applications,
    loadAll: OPTION_PAGES,
  }).nodes;
  const report = data?.usage;

  // Routes seen in any report stay selectable (the by-route breakdown of a
  // report filtered to one route only lists that route).
  const [routes, setRoutes] = useState<readonly string[]>([]);
  const reportRoutes = report?.byRoute.map((b) => b.value);
  const mergedRoutes = mergeOptions(routes, [...(reportRoutes ?? []), route]);
  if (mergedRoutes !== routes) setRoutes(mergedRoutes);

  // Live: each usageUpdated push re-queries the report (and the log and the
  // quota), at most once a second, so the charts move without a reload.
  const [{ data: live, error: liveError }] = useSubscription(
    { query: UsageUpdatedSubscription, variables: { filter: dims } },
    (previous: { seq: number; at: string } | undefined, event) => ({ seq: (previous?.seq ?? 0) + 1, at: event.usageUpdated.at }),
  );
  const [refreshSeq, setRefreshSeq] = useState(0);
  const refresh = useRef(() => {});
  refresh.current = () => {
    // A new bucket changes the window, and with it the query (which then
    // loads by itself); otherwise the same window is asked again.
    if (!advance()) refetchUsage({ requestPolicy: 'network-only' });
    setRefreshSeq((n) => n + 1);
  };
  const [throttled] = useState(() => throttle(() => refresh.current(), 1000));
  useEffect(() => () => throttled.cancel(), [throttled]);
  useEffect(() => {
    if (live) throttled();
  }, [live, throttled]);

  const points = useMemo(() => (report ? toChartPoints(report) : []), [report]);
  const totals: UsagePointFieldsFragment | undefined = report?.totals;
  const filtered = Boolean(keyId || applicationId || route);
  const envName = ENVIRONMENT_LABELS[environment].toLowerCase();

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Usage
          </Title>
          <Text c="dimmed">Requests, errors and latency of your API calls. Calls from the portal count as test traffic.</Text>
        </div>
        <Group>
          <LiveIndicator paused={Boolean(liveError)} at={live?.at} />
          {/* Keys belong to one environment: switching clears the key filter (one URL update). */}
          <EnvironmentToggle value={environment} onChange={(env) => set({ env: env === 'LIVE' ? 'live' : '', key: '' })} />
        </Group>
      </Group>

      <Card withBorder component="section" aria-label="Filters" p="sm">
        <Group align="flex-end" gap="md">
          <div>
            <Text size="sm" fw={500} id="usage-range-label" mb={4}>
              Range
            </Text>
            <SegmentedControl
              aria-labelledby="usage-range-label"
              value={range}
              onChange={(value) => set({ range: value })}
              data={RANGE_IDS.map((id) => ({ value: id, label: RANGES[id].label }))}
            />
          </div>
          <NativeSelect
            label="Key"
            value={keyId}
            onChange={(e) => set({ key: e.currentTarget.value })}
            data={[
              { value: '', label: `All ${envName} keys` },
              ...keys.map((k) => ({ value: k.id, label: keyLabel(k.id, keys) })),
              ...(keyId && !keys.some((k) => k.id === keyId) ? [{ value: keyId, label: keyId }] : []),
            ]}
            miw={200}
          />
          <NativeSelect
            label="Application"
            value={applicationId}
            onChange={(e) => set({ app: e.currentTarget.value })}
            data={[
              { value: '', label: 'All applications' },
              ...applications.map((a) => ({ value: a.id, label: a.archivedAt ? `${a.name} (archived)` : a.name })),
              ...(applicationId && !applications.some((a) => a.id === applicationId) ? [{ value: applicationId, label: applicationId }] : []),
            ]}
            miw={180}
          />
          <NativeSelect
            label="Route"
            value={route}
            onChange={(e) => set({ route: e.currentTarget.value })}
            data={[{ value: '', label: 'All routes' }, ...routes.map((r) => ({ value: r, label: r }))]}
            miw={220}
          />
          {filtered && (
            <Button variant="subtle" onClick={() => set({ key: '', app: '', route: '' })}>
              Clear filters
            </Button>
          )}
          {report && (fetching || stale) && <Loader size="xs" aria-label="Updating" />}
        </Group>
      </Card>

      {!report && fetching ? (
        <PageLoader label="Loading usage…" />
      ) : !report ? (
        <LoadError title="Usage could not be loaded" error={error} onRetry={() => refetchUsage({ requestPolicy: 'network-only' })} />
      ) : (
        <>
          {error && (
            <Alert color="yellow" role="status">
              The latest figures could not be loaded; showing the previous ones.
            </Alert>
          )}
          <Totals totals={totals} />
          {hasTraffic(points) ? (
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <RequestsChart points={points} granularity={report.granularity} description={describeRequests(points, report.granularity, range)} />
              <LatencyChart points={points} granularity={report.granularity} description={describeLatency(report.totals, range)} />
            </SimpleGrid>
          ) : (
            <Card withBorder>
              <EmptyState
                title={`No ${envName} calls ${RANGES[range].phrase}`}
                description={
                  filtered
                    ? 'Nothing matches these filters. Try another range or clear the filters.'
                    : environment === 'TEST'
                      ? 'Calls to /v1 with a test key (or from the portal) appear here within a second.'
                      : 'Calls with a live key appear here within a second.'
                }
              >
                {!filtered && (
                  <EmptyState.Actions>
                    <Anchor component={Link} to={environment === 'LIVE' ? '/keys?env=live' : '/keys'}>
                      Create a key
                    </Anchor>
                  </EmptyState.Actions>
                )}
              </EmptyState>
            </Card>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <QuotaGauge refreshSeq={refreshSeq} />
            <BreakdownTable title="By status" rows={report.byStatus} status />
            <BreakdownTable title="By route" rows={report.byRoute} />
            <BreakdownTable title="By key" rows={report.byKey} label={(value) => keyLabel(value, keys)} />
          </SimpleGrid>
        </>
      )}

      <DomainFigures environment={environment} refreshSeq={refreshSeq} />
      <BillingCard environment={environment} refreshSeq={refreshSeq} />

      <RequestLog dims={dims} since={timeWindow.from} keys={keys} refreshSeq={refreshSeq} />
    </Stack>
  );
}

function LiveIndicator({ paused, at }: { paused: boolean; at: string | undefined }) {
  const time = at ? new Date(at).toLocaleTimeString() : null;
  return paused ? (
    <Badge color="gray" variant="light" role="status" title="The live connection dropped; the figures refresh when you reload.">
      Live updates paused
    </Badge>
  ) : (
    <Badge
      color="green"
      variant="dot"
      role="status"
      aria-label={time ? `Live: last update at ${time}` : 'Live: the figures update as calls arrive'}
      title={time ? `Last update at ${time}` : 'Figures update as calls arrive'}
    >
      Live
    </Badge>
  );
}

function Totals({ totals }: { totals: UsagePointFieldsFragment | undefined }) {
  const tiles: Array<{ id: string; label: string; value: string }> = [
    { id: 'requests', label: 'Requests', value: formatCount(totals?.requests ?? 0) },
    { id: 'errors', label: 'Errors', value: formatCount(totals?.errors ?? 0) },
    { id: 'error-rate', label: 'Error rate', value: formatRate(totals?.errorRate ?? 0) },
    { id: 'p50', label: 'Latency p50', value: formatLatency(totals?.p50 ?? 0) },
    { id: 'p95', label: 'Latency p95', value: formatLatency(totals?.p95 ?? 0) },
    { id: 'p99', label: 'Latency p99', value: formatLatency(totals?.p99 ?? 0) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} component="section" aria-label="Totals">
      {tiles.map((tile) => (
        <Card key={tile.id} withBorder padding="sm" role="group" aria-labelledby={`usage-total-${tile.id}-label`}>
          <Text size="sm" c="dimmed" id={`usage-total-${tile.id}-label`}>
            {tile.label}
          </Text>
          <Text size="xl" fw={700} data-testid={`usage-total-${tile.id}`}>
            {tile.value}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
