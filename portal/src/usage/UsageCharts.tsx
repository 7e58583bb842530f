import { Card, Text, Title, useMantineTheme } from '@mantine/core';
import { useId } from 'react';
import { Area, AreaChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Granularity } from '../gql/graphql';
import { formatCount, formatLatency, type ChartPoint } from './shaping';

// Recharts lives only in the usage page's chunk (the page is lazy-loaded).
// Each chart is a figure named by its heading and described by a sentence
// for screen readers; the plotted SVG itself is hidden from them.

const HEIGHT = 260;
// jsdom (unit tests) never measures; the charts still render at this size.
const INITIAL = { width: 720, height: HEIGHT };

function tooltipLabel(_: unknown, payload: ReadonlyArray<{ payload?: ChartPoint }> | undefined): string {
  return payload?.[0]?.payload?.tooltipLabel ?? '';
}

function ChartCard({ title, description, testId, children }: { title: string; description: string; testId: string; children: React.ReactElement }) {
  const titleId = useId();
  const descId = useId();
  return (
    <Card withBorder component="figure" m={0} aria-labelledby={titleId} aria-describedby={descId} data-testid={testId}>
      <Title order={2} size="h4" id={titleId} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" id={descId} mb="sm" aria-live="polite">
        {description}
      </Text>
      <div aria-hidden="true" style={{ width: '100%', height: HEIGHT }}>
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={INITIAL}>
          {children}
        </ResponsiveContainer>
      </div>
    </Card>
  );
}

const xTicks = (granularity: Granularity) => ({ minTickGap: granularity === 'MINUTE' ? 40 : 24 });

export function RequestsChart({ points, granularity, description }: { points: ChartPoint[]; granularity: Granularity; description: string }) {
  const theme = useMantineTheme();
  return (
    <ChartCard title="Requests and errors" description={description} testId="requests-chart">
      <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" {...xTicks(granularity)} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} width={48} tick={{ fontSize: 12 }} tickFormatter={(v: number) => formatCount(v)} />
        <Tooltip labelFormatter={tooltipLabel} formatter={(value) => formatCount(Number(value))} />
        <Legend />
        <Area
          type="monotone"
          dataKey="successes"
          name="Successful"
          stackId="calls"
          stroke={theme.colors.blue[6]}
          fill={theme.colors.blue[2]}
          isAnimationActive={false}
        />
        <Area type="monotone" dataKey="errors" name="Errors" stackId="calls" stroke={theme.colors.red[6]} fill={theme.colors.red[3]} isAnimationActive={false} />
      </AreaChart>
    </ChartCard>
  );
}

export function LatencyChart({ points, granularity, description }: { points: ChartPoint[]; granularity: Granularity; description: string }) {
  const theme = useMantineTheme();
  return (
    <ChartCard title="Latency percentiles" description={description} testId="latency-chart">
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" {...xTicks(granularity)} tick={{ fontSize: 12 }} />
        <YAxis width={56} tick={{ fontSize: 12 }} tickFormatter={(v: number) => formatLatency(v)} />
        <Tooltip labelFormatter={tooltipLabel} formatter={(value) => formatLatency(Number(value))} />
        <Legend />
        <Line type="monotone" dataKey="p50" name="p50" stroke={theme.colors.teal[6]} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="p95" name="p95" stroke={theme.colors.orange[6]} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="p99" name="p99" stroke={theme.colors.red[7]} dot={false} isAnimationActive={false} />
      </LineChart>
    </ChartCard>
  );
}
