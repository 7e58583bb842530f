import { Card, Group, RingProgress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId } from 'react';
import { useQuery } from 'urql';
import { QuotaQuery } from './documents';
import { formatCount, quotaView } from './shaping';

/** The plan's monthly quota of live calls: used/quota, or "by contract" when the plan has none. */
export function QuotaGauge({ refreshSeq }: { refreshSeq: number }) {
  const headingId = useId();
  const [{ data, error }, refetch] = useQuery({ query: QuotaQuery, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    if (refreshSeq > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshSeq, refetch]);
  const quota = data?.quota;
  const view = quota ? quotaView(quota.used, quota.quota) : null;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="sm" data-testid="quota-gauge">
      <Title order={2} size="h5" id={headingId} mb="xs">
        Monthly quota
      </Title>
      {!quota || !view ? (
        <Text size="sm" c={error ? 'red' : 'dimmed'}>
          {error ? 'The quota could not be loaded.' : 'Loading…'}
        </Text>
      ) : (
        <Group wrap="nowrap" align="center" gap="sm">
          <RingProgress
            size={96}
            thickness={10}
            roundCaps
            sections={view.percent === null ? [] : [{ value: view.percent, color: view.color }]}
            role="meter"
            aria-label="Live calls used this month"
            aria-valuemin={0}
            aria-valuemax={quota.quota > 0 ? quota.quota : undefined}
            aria-valuenow={quota.used}
            aria-valuetext={view.label}
            label={
              <Text ta="center" size="sm" fw={700}>
                {view.percent === null ? '∞' : `${Math.round(view.percent)}%`}
              </Text>
            }
          />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500}>
              {quota.plan.name} plan
            </Text>
            <Text size="sm">
              {quota.quota > 0 ? (
                <>
                  {formatCount(quota.used)} / {formatCount(quota.quota)} live calls
                </>
              ) : (
                <>{formatCount(quota.used)} live calls · quota by contract</>
              )}
            </Text>
            <Text size="xs" c="dimmed">
              Period {quota.period} (UTC). Test calls do not count.
            </Text>
          </Stack>
        </Group>
      )}
    </Card>
  );
}
