// Pure data shaping for the usage page: time windows, chart points, labels,
// request-log filters and the live refresh throttle. No React here, so every
// rule is unit-tested on its own (shaping.test.ts).
import type { Environment, Granularity, RequestLogWhereInput, UsageBreakdownFieldsFragment, UsagePointFieldsFragment } from '../gql/graphql';

export type RangeId = '1h' | '24h' | '7d' | '30d';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const STEP_MS: Record<Granularity, number> = { MINUTE, HOUR, DAY };

/** The selectable ranges; each maps to a granularity that stays under the API's 1500 points. */
export const RANGES: Record<RangeId, { label: string; phrase: string; durationMs: number; granularity: Granularity }> = {
  '1h': { label: 'Last hour', phrase: 'in the last hour', durationMs: HOUR, granularity: 'MINUTE' },
  '24h': { label: '24 hours', phrase: 'in the last 24 hours', durationMs: DAY, granularity: 'MINUTE' },
  '7d': { label: '7 days', phrase: 'in the last 7 days', durationMs: 7 * DAY, granularity: 'HOUR' },
  '30d': { label: '30 days', phrase: 'in the last 30 days', durationMs: 30 * DAY, granularity: 'DAY' },
};

export const RANGE_IDS = Object.keys(RANGES) as RangeId[];

export function isRangeId(value: string | null): value is RangeId {
  return value !== null && value in RANGES;
}

const GRANULARITY_NOUN: Record<Granularity, string> = { MINUTE: 'minute', HOUR: 'hour', DAY: 'day' };

/**
 * The query window for a range: it ends at the end of the current bucket
 * (so calls made this minute are in) and stays the same until the bucket
 * rolls over, so live re-queries reuse the same variables.
 */
export function usageWindow(range: RangeId, now: number = Date.now()): { from: string; to: string; granularity: Granularity } {
  const { durationMs, granularity } = RANGES[range];
  const step = STEP_MS[granularity];
  const end = Math.floor(now / step) * step + step;
  return { from: new Date(end - durationMs).toISOString(), to: new Date(end).toISOString(), granularity };
}

type Point = UsagePointFieldsFragment;

function emptyPoint(time: number): Point {
  return { time: new Date(time).toISOString(), requests: 0, errors: 0, errorRate: 0, p50: 0, p95: 0, p99: 0 };
}

/**
 * One point per bucket from `from` (floored to the bucket) to before `to`:
 * missing buckets become zeros so the chart has no gaps, points reported
 * twice for one bucket are merged (counts added, the worse percentile kept),
 * and points outside the window are dropped.
 */
export function fillSeries(series: readonly Point[], from: string, to: string, granularity: Granularity): Point[] {
  const step = STEP_MS[granularity];
  const start = Math.floor(new Date(from).getTime() / step) * step;
  const end = new Date(to).getTime();
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) return [];
  const byBucket = new Map<number, Point>();
  for (const point of series) {
    const t = new Date(point.time).getTime();
    if (Number.isNaN(t)) continue;
    const bucket = Math.floor(t / step) * step;
    const seen = byBucket.get(bucket);
    if (!seen) {
      byBucket.set(bucket, { ...point, time: new Date(bucket).toISOString() });
      continue;
    }
    const requests = seen.requests + point.requests;
    const errors = seen.errors + point.errors;
    byBucket.set(bucket, {
      ...seen,
      requests,
      errors,
      errorRate: requests > 0 ? errors / requests : 0,
      p50: Math.max(seen.p50, point.p50),
      p95: Math.max(seen.p95, point.p95),
      p99: Math.max(seen.p99, point.p99),
    });
  }
  const out: Point[] = [];
  for (let t = start; t < end; t += step) out.push(byBucket.get(t) ?? emptyPoint(t));
  return out;
}

export interface FormatOptions {
  locale?: string;
  timeZone?: string;
}

/** The axis label of a bucket: "14:05" by the minute, "Mon 14:00" by the hour, "5 Jan" by the day. */
export function formatBucket(time: string, granularity: Granularity, options: FormatOptions = {}): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return time;
  const { locale, timeZone } = options;
  switch (granularity) {
    case 'MINUTE':
      return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
    case 'HOUR':
      return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
    case 'DAY':
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(date);
  }
}

/** The tooltip label of a bucket: the full date and time, e.g. "5 Jan 2026, 14:05". */
export function formatBucketLong(time: string, granularity: Granularity, options: FormatOptions = {}): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return time;
  const { locale, timeZone } = options;
  if (granularity === 'DAY') return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(date);
}

export interface ChartPoint {
  /** Epoch milliseconds of the bucket start. */
  t: number;
  label: string;
  tooltipLabel: string;
  requests: number;
  errors: number;
  /** Requests that did not fail. */
  successes: number;
  /** Percent, one decimal. */
  errorRate: number;
  p50: number;
  p95: number;
  p99: number;
}

/** A 0..1 rate as a percent with one decimal (0.12345 → 12.3). */
export function errorRatePercent(rate: number): number {
  if (!Number.isFinite(rate) || rate <= 0) return 0;
  return Math.round(rate * 1000) / 10;
}

function roundMs(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms * 100) / 100 : 0;
}

/** The report's series as chart points: zero-filled over the report's window, labelled, rates in percent. */
export function toChartPoints(
  report: { from: string; to: string; granularity: Granularity; series: readonly Point[] },
  options: FormatOptions = {},
): ChartPoint[] {
  return fillSeries(report.series, report.from, report.to, report.granularity).map((p) => ({
    t: new Date(p.time).getTime(),
    label: formatBucket(p.time, report.granularity, options),
    tooltipLabel: formatBucketLong(p.time, report.granularity, options),
    requests: p.requests,
    errors: p.errors,
    successes: Math.max(0, p.requests - p.errors),
    errorRate: errorRatePercent(p.requests > 0 ? p.errors / p.requests : p.errorRate),
    p50: roundMs(p.p50),
    p95: roundMs(p.p95),
    p99: roundMs(p.p99),
  }));
}

export function hasTraffic(points: readonly ChartPoint[]): boolean {
  return points.some((p) => p.requests > 0);
}

const count = new Intl.NumberFormat(undefined);

export function formatCount(n: number, locale?: string): string {
  return (locale ? new Intl.NumberFormat(locale) : count).format(n);
}

/** "2.5%", "0%", "100%". */
export function formatRate(rate: number): string {
  return `${errorRatePercent(rate)}%`;
}

/** Milliseconds for people: "0.42 ms", "7.5 ms", "120 ms", "1.2 s"; "—" without data. */
export function formatLatency(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '—';
  if (ms < 1) return `${Math.round(ms * 100) / 100} ms`;
  if (ms < 10) return `${Math.round(ms * 10) / 10} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Math.round(ms / 100) / 10} s`;
}

/** A request log's latency (microseconds) in the same units as the charts. */
export function formatLatencyUs(us: number): string {
  return formatLatency(us / 1000);
}

/** The sentence that describes the requests chart to screen readers. */
export function describeRequests(points: readonly ChartPoint[], granularity: Granularity, range: RangeId): string {
  const requests = points.reduce((n, p) => n + p.requests, 0);
  const errors = points.reduce((n, p) => n + p.errors, 0);
  const phrase = RANGES[range].phrase;
  if (requests === 0) return `No requests ${phrase}.`;
  const busiest = points.reduce((best, p) => (p.requests > best.requests ? p : best));
  return (
    `${formatCount(requests)} request${requests === 1 ? '' : 's'} and ${formatCount(errors)} error${errors === 1 ? '' : 's'} ${phrase}; ` +
    `the busiest ${GRANULARITY_NOUN[granularity]} was ${busiest.tooltipLabel} with ${formatCount(busiest.requests)}.`
  );
}

/** The sentence that describes the latency chart to screen readers. */
export function describeLatency(totals: Pick<Point, 'requests' | 'p50' | 'p95' | 'p99'>, range: RangeId): string {
  if (totals.requests === 0) return `No latency data ${RANGES[range].phrase}.`;
  return `Over the range: median ${formatLatency(totals.p50)}, 95th percentile ${formatLatency(totals.p95)}, 99th percentile ${formatLatency(totals.p99)}.`;
}

/** The response classes the request log can be narrowed to. */
export type StatusClass = '' | 'success' | 'errors' | '4xx' | '5xx';

export const STATUS_CLASSES: Array<{ value: StatusClass; label: string }> = [
  { value: '', label: 'All statuses' },
  { value: 'success', label: 'Successful (2xx, 3xx)' },
  { value: 'errors', label: 'Errors (4xx, 5xx)' },
  { value: '4xx', label: 'Client errors (4xx)' },
  { value: '5xx', label: 'Server errors (5xx)' },
];

export function isStatusClass(value: string): value is StatusClass {
  return STATUS_CLASSES.some((c) => c.value === value);
}

export interface LogFilter {
  environment: Environment;
  keyId?: string | null;
  applicationId?: string | null;
  /** An exact route pattern, from the page's route filter. */
  route?: string | null;
  /** Free text the route must contain (case-insensitive), from the log's own search. */
  routeSearch?: string;
  statusClass?: StatusClass;
  /** An exact error code (`unauthorized`, `rate_limited`…), from the log's own filter. */
  errorCode?: string;
  /** One call by its request ID: it is found whatever the page's range. */
  requestId?: string;
  /** Only calls at or after this instant (the page's range). */
  since?: string | null;
}

/** A request ID someone pasted, without the quotes and spaces that came with it, or '' when it cannot be one. */
export function cleanRequestId(text: string): string {
  const id = text.trim().replace(/^["']|["']$/g, '');
  return /^[A-Za-z0-9_.:-]{1,128}$/.test(id) ? id : '';
}

/** A body from the request log for reading: JSON indented, anything else as it was kept. */
export function prettyBody(body: string | null | undefined): { text: string; json: boolean } {
  if (!body) return { text: '', json: false };
  try {
    return { text: JSON.stringify(JSON.parse(body), null, 2), json: true };
  } catch {
    return { text: body, json: false };
  }
}

/** The request log's `where` for the page's filters plus the log's own. */
export function requestLogWhere(f: LogFilter): RequestLogWhereInput {
  const where: RequestLogWhereInput = { environment: f.environment };
  // A request ID names one call: the other filters would only hide it.
  const requestId = cleanRequestId(f.requestId ?? '');
  if (requestId) return { environment: f.environment, requestID: requestId };
  const code = f.errorCode?.trim();
  if (code) where.errorCode = code;
  if (f.keyId) where.keyID = f.keyId;
  if (f.applicationId) where.applicationID = f.applicationId;
  if (f.route) where.route = f.route;
  const search = f.routeSearch?.trim();
  if (search) where.routeContainsFold = search;
  switch (f.statusClass) {
    case 'success':
      where.statusLT = 400;
      break;
    case 'errors':
      where.statusGTE = 400;
      break;
    case '4xx':
      where.statusGTE = 400;
      where.statusLT = 500;
      break;
    case '5xx':
      where.statusGTE = 500;
      break;
    default:
      break;
  }
  if (f.since) where.createdAtGTE = f.since;
  return where;
}

/** The badge colour of an HTTP status. */
export function statusColor(status: number | string): string {
  const n = Number(status);
  if (n >= 500) return 'red';
  if (n >= 400) return 'orange';
  if (n >= 300) return 'blue';
  return 'green';
}

export interface KeyRef {
  id: string;
  name: string;
  prefix: string;
  last4: string;
}

/** A breakdown's key ID as people know it: the key's name, "Portal (signed-in session)" for calls without a key. */
export function keyLabel(keyId: string, keys: readonly KeyRef[]): string {
  if (!keyId) return 'Portal (signed-in session)';
  const key = keys.find((k) => k.id === keyId);
  return key ? `${key.name} (${key.prefix}…${key.last4})` : keyId;
}

/** Breakdown rows sorted by requests (busiest first), then by value. */
export function sortBreakdown(rows: readonly UsageBreakdownFieldsFragment[]): UsageBreakdownFieldsFragment[] {
  return [...rows].sort((a, b) => b.requests - a.requests || a.value.localeCompare(b.value));
}

/** Known options stay known: `next` is merged into `previous` (sorted, no duplicates, same array when unchanged). */
export function mergeOptions(previous: readonly string[], next: readonly string[]): readonly string[] {
  const added = next.filter((v) => v && !previous.includes(v));
  if (added.length === 0) return previous;
  return [...previous, ...added].sort((a, b) => a.localeCompare(b));
}

export interface QuotaView {
  /** 0..100, or null when the quota is set by contract. */
  percent: number | null;
  color: string;
  label: string;
}

/** The quota gauge: share used, colour (yellow from 80%, red from 100%) and a sentence. */
export function quotaView(used: number, quota: number): QuotaView {
  if (quota <= 0) return { percent: null, color: 'blue', label: `${formatCount(used)} live calls this month; the quota is set by contract.` };
  const share = (used / quota) * 100;
  const percent = Math.min(100, Math.round(share * 10) / 10);
  const color = share >= 100 ? 'red' : share >= 80 ? 'yellow' : 'green';
  return { percent, color, label: `${formatCount(used)} of ${formatCount(quota)} live calls used this month (${Math.round(share * 10) / 10}%).` };
}

/**
 * Calls `fn` at most once per `ms`: the first call runs at once, calls within
 * the interval collapse into one trailing run at its end (so the last update
 * is never lost). `cancel` drops a pending run.
 */
export function throttle(fn: () => void, ms: number): { (): void; cancel: () => void } {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    last = Date.now();
    fn();
  };
  const call = () => {
    if (timer !== undefined) return;
    const wait = last + ms - Date.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  };
  call.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return call;
}
