import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  RANGES,
  RANGE_IDS,
  STEP_MS,
  describeLatency,
  describeRequests,
  errorRatePercent,
  fillSeries,
  formatBucket,
  formatLatency,
  formatLatencyUs,
  formatRate,
  hasTraffic,
  cleanRequestId,
  keyLabel,
  mergeOptions,
  prettyBody,
  quotaView,
  requestLogWhere,
  sortBreakdown,
  throttle,
  toChartPoints,
  usageWindow,
} from './shaping';

const UTC = { locale: 'en-GB', timeZone: 'UTC' };
const p = (time: string, requests: number, errors = 0, p50 = 0, p95 = 0, p99 = 0) => ({
  time,
  requests,
  errors,
  errorRate: requests ? errors / requests : 0,
  p50,
  p95,
  p99,
});

describe('usageWindow', () => {
  const now = Date.parse('2026-01-05T14:07:31.250Z');

  it('ends at the end of the current bucket, so calls made now are in', () => {
    expect(usageWindow('1h', now)).toEqual({ from: '2026-01-05T13:08:00.000Z', to: '2026-01-05T14:08:00.000Z', granularity: 'MINUTE' });
    expect(usageWindow('24h', now)).toEqual({ from: '2026-01-04T14:08:00.000Z', to: '2026-01-05T14:08:00.000Z', granularity: 'MINUTE' });
    expect(usageWindow('7d', now)).toEqual({ from: '2025-12-29T15:00:00.000Z', to: '2026-01-05T15:00:00.000Z', granularity: 'HOUR' });
    expect(usageWindow('30d', now)).toEqual({ from: '2025-12-07T00:00:00.000Z', to: '2026-01-06T00:00:00.000Z', granularity: 'DAY' });
  });

  it('stays the same within a bucket (live re-queries reuse the variables) and moves with the next one', () => {
    expect(usageWindow('1h', Date.parse('2026-01-05T14:07:00.000Z'))).toEqual(usageWindow('1h', Date.parse('2026-01-05T14:07:59.999Z')));
    expect(usageWindow('1h', Date.parse('2026-01-05T14:08:00.000Z')).to).toBe('2026-01-05T14:09:00.000Z');
  });

  it('keeps every range within the API’s 1500 points', () => {
    for (const id of RANGE_IDS) {
      const { from, to, granularity } = usageWindow(id, now);
      const points = (Date.parse(to) - Date.parse(from)) / STEP_MS[granularity];
      expect(points, id).toBe(RANGES[id].durationMs / STEP_MS[granularity]);
      expect(points, id).toBeLessThanOrEqual(1500);
    }
  });
});

describe('fillSeries', () => {
  it('zero-fills missing buckets across the window', () => {
    const filled = fillSeries([p('2026-01-05T14:01:00Z', 3, 1, 5, 9, 12)], '2026-01-05T14:00:00Z', '2026-01-05T14:03:00Z', 'MINUTE');
    expect(filled.map((x) => [x.time, x.requests, x.errors])).toEqual([
      ['2026-01-05T14:00:00.000Z', 0, 0],
      ['2026-01-05T14:01:00.000Z', 3, 1],
      ['2026-01-05T14:02:00.000Z', 0, 0],
    ]);
    expect(filled[1]).toMatchObject({ p50: 5, p95: 9, p99: 12 });
    expect(filled[0]).toMatchObject({ errorRate: 0, p50: 0, p95: 0, p99: 0 });
  });

  it('merges points of one bucket (counts added, the worse percentile kept) and drops points outside the window', () => {
    const filled = fillSeries(
      [p('2026-01-05T14:00:00Z', 3, 0, 5, 9, 12), p('2026-01-05T14:00:30Z', 1, 1, 2, 20, 40), p('2026-01-05T13:59:00Z', 99), p('2026-01-05T14:02:00Z', 99)],
      '2026-01-05T14:00:00Z',
      '2026-01-05T14:02:00Z',
      'MINUTE',
    );
    expect(filled).toHaveLength(2);
    expect(filled[0]).toMatchObject({ time: '2026-01-05T14:00:00.000Z', requests: 4, errors: 1, errorRate: 0.25, p50: 5, p95: 20, p99: 40 });
  });

  it('floors the start to the bucket and is empty for an empty or invalid window', () => {
    expect(fillSeries([], '2026-01-05T14:30:00Z', '2026-01-05T16:00:00Z', 'HOUR').map((x) => x.time)).toEqual([
      '2026-01-05T14:00:00.000Z',
      '2026-01-05T15:00:00.000Z',
    ]);
    expect(fillSeries([], '2026-01-05T14:00:00Z', '2026-01-05T14:00:00Z', 'MINUTE')).toEqual([]);
    expect(fillSeries([], 'not a date', '2026-01-05T14:00:00Z', 'MINUTE')).toEqual([]);
  });
});

describe('chart points', () => {
  it('labels buckets by granularity', () => {
    expect(formatBucket('2026-01-05T14:05:00Z', 'MINUTE', UTC)).toBe('14:05');
    expect(formatBucket('2026-01-05T14:00:00Z', 'HOUR', UTC)).toBe('Mon 14:00');
    expect(formatBucket('2026-01-05T00:00:00Z', 'DAY', UTC)).toBe('5 Jan');
    expect(formatBucket('garbage', 'DAY', UTC)).toBe('garbage');
  });

  it('turns the report into labelled points with successes, error rate in percent and rounded latencies', () => {
    const points = toChartPoints(
      {
        from: '2026-01-05T14:00:00Z',
        to: '2026-01-05T14:02:00Z',
        granularity: 'MINUTE',
        series: [p('2026-01-05T14:01:00Z', 3, 1, 4.256, 12.5, 30.001)],
      },
      UTC,
    );
    expect(points).toEqual([
      { t: Date.parse('2026-01-05T14:00:00Z'), label: '14:00', tooltipLabel: '5 Jan 2026, 14:00', requests: 0, errors: 0, successes: 0, errorRate: 0, p50: 0, p95: 0, p99: 0 },
      { t: Date.parse('2026-01-05T14:01:00Z'), label: '14:01', tooltipLabel: '5 Jan 2026, 14:01', requests: 3, errors: 1, successes: 2, errorRate: 33.3, p50: 4.26, p95: 12.5, p99: 30 },
    ]);
    expect(hasTraffic(points)).toBe(true);
    expect(hasTraffic(points.slice(0, 1))).toBe(false);
  });

  it('describes the charts for screen readers', () => {
    const points = toChartPoints(
      { from: '2026-01-05T14:00:00Z', to: '2026-01-05T14:03:00Z', granularity: 'MINUTE', series: [p('2026-01-05T14:01:00Z', 1200, 2), p('2026-01-05T14:02:00Z', 5)] },
      UTC,
    );
    expect(describeRequests(points, 'MINUTE', '1h')).toBe(
      `${(1205).toLocaleString()} requests and 2 errors in the last hour; the busiest minute was 5 Jan 2026, 14:01 with ${(1200).toLocaleString()}.`,
    );
    expect(describeRequests(points.slice(0, 1), 'MINUTE', '24h')).toBe('No requests in the last 24 hours.');
    expect(describeLatency({ requests: 3, p50: 4, p95: 12.5, p99: 1500 }, '7d')).toBe('Over the range: median 4 ms, 95th percentile 13 ms, 99th percentile 1.5 s.');
    expect(describeLatency({ requests: 0, p50: 0, p95: 0, p99: 0 }, '30d')).toBe('No latency data in the last 30 days.');
  });
});

describe('formatting', () => {
  it('shows rates as percents with one decimal', () => {
    expect(errorRatePercent(0.12345)).toBe(12.3);
    expect(errorRatePercent(1)).toBe(100);
    expect(errorRatePercent(Number.NaN)).toBe(0);
    expect(formatRate(0.025)).toBe('2.5%');
    expect(formatRate(0)).toBe('0%');
  });

  it('shows latencies in sensible units', () => {
    expect(formatLatency(0)).toBe('—');
    expect(formatLatency(0.4237)).toBe('0.42 ms');
    expect(formatLatency(7.46)).toBe('7.5 ms');
    expect(formatLatency(120.4)).toBe('120 ms');
    expect(formatLatency(1234)).toBe('1.2 s');
    expect(formatLatencyUs(4200)).toBe('4.2 ms');
  });
});

describe('requestLogWhere', () => {
  it('combines the page’s filters with the log’s status class and route text', () => {
    expect(requestLogWhere({ environment: 'TEST' })).toEqual({ environment: 'TEST' });
    expect(
      requestLogWhere({
        environment: 'LIVE',
        keyId: 'key_1',
        applicationId: 'app_1',
        route: 'GET /v1/verifications',
        routeSearch: '  verif ',
        statusClass: '4xx',
        since: '2026-01-05T13:08:00.000Z',
      }),
    ).toEqual({
      environment: 'LIVE',
      keyID: 'key_1',
      applicationID: 'app_1',
      route: 'GET /v1/verifications',
      routeContainsFold: 'verif',
      statusGTE: 400,
      statusLT: 500,
      createdAtGTE: '2026-01-05T13:08:00.000Z',
    });
  });

  it('maps every status class', () => {
    const status = (statusClass: Parameters<typeof requestLogWhere>[0]['statusClass']) => {
      const { environment: _, ...rest } = requestLogWhere({ environment: 'TEST', statusClass });
      return rest;
    };
    expect(status('')).toEqual({});
    expect(status('success')).toEqual({ statusLT: 400 });
    expect(status('errors')).toEqual({ statusGTE: 400 });
    expect(status('5xx')).toEqual({ statusGTE: 500 });
  });

  it('filters by an exact error code along with the rest', () => {
    expect(requestLogWhere({ environment: 'TEST', errorCode: ' unauthorized ', statusClass: '4xx' })).toEqual({
      environment: 'TEST',
      errorCode: 'unauthorized',
      statusGTE: 400,
      statusLT: 500,
    });
  });

  it('finds one call by request ID whatever the other filters say', () => {
    expect(requestLogWhere({ environment: 'LIVE', requestId: ' "req_01ABC" ', statusClass: '5xx', since: '2026-01-05T13:08:00.000Z', keyId: 'key_1' })).toEqual({
      environment: 'LIVE',
      requestID: 'req_01ABC',
    });
  });

  it('ignores a request ID search that cannot be one', () => {
    expect(requestLogWhere({ environment: 'TEST', requestId: 'not an id; drop' })).toEqual({ environment: 'TEST' });
    expect(cleanRequestId('x'.repeat(129))).toBe('');
  });
});

describe('prettyBody', () => {
  it('indents JSON and leaves notes as they are', () => {
    expect(prettyBody('{"a":1}')).toEqual({ text: '{\n  "a": 1\n}', json: true });
    expect(prettyBody('[body of 18 bytes not kept: not JSON]')).toEqual({ text: '[body of 18 bytes not kept: not JSON]', json: false });
    expect(prettyBody('')).toEqual({ text: '', json: false });
    expect(prettyBody(null)).toEqual({ text: '', json: false });
  });
});

describe('breakdowns and options', () => {
  const keys = [{ id: 'key_1', name: 'Checkout server', prefix: 'kbs_test_abc', last4: 'WXYZ' }];

  it('names keys, and calls without a key as the portal', () => {
    expect(keyLabel('key_1', keys)).toBe('Checkout server (kbs_test_abc…WXYZ)');
    expect(keyLabel('', keys)).toBe('Portal (signed-in session)');
    expect(keyLabel('key_gone', keys)).toBe('key_gone');
  });

  it('sorts breakdowns busiest first', () => {
    const row = (value: string, requests: number) => ({ value, requests, errors: 0, errorRate: 0 });
    expect(sortBreakdown([row('b', 1), row('c', 5), row('a', 1)]).map((r) => r.value)).toEqual(['c', 'a', 'b']);
  });

  it('remembers options, returning the same array when nothing is new', () => {
    const first = mergeOptions([], ['GET /v1/b', 'GET /v1/a', '']);
    expect(first).toEqual(['GET /v1/a', 'GET /v1/b']);
    expect(mergeOptions(first, ['GET /v1/a'])).toBe(first);
    expect(mergeOptions(first, ['POST /v1/c'])).toEqual(['GET /v1/a', 'GET /v1/b', 'POST /v1/c']);
  });
});

describe('quotaView', () => {
  it('shows the share used, yellow from 80% and red from 100%', () => {
    expect(quotaView(250, 1000)).toMatchObject({ percent: 25, color: 'green' });
    expect(quotaView(800, 1000)).toMatchObject({ percent: 80, color: 'yellow' });
    expect(quotaView(1500, 1000)).toMatchObject({ percent: 100, color: 'red' });
    expect(quotaView(1500, 1000).label).toContain('(150%)');
  });

  it('says "by contract" when the plan has no quota', () => {
    expect(quotaView(42, 0)).toEqual({ percent: null, color: 'blue', label: '42 live calls this month; the quota is set by contract.' });
  });
});

describe('throttle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once, then at most once a second with one trailing run', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const run = throttle(fn, 1000);
    run();
    expect(fn).toHaveBeenCalledTimes(1);
    run();
    run();
    vi.advanceTimersByTime(999);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(2);
    run();
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('drops a pending run when cancelled', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const run = throttle(fn, 1000);
    run();
    run();
    run.cancel();
    vi.advanceTimersByTime(2000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
