import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useId } from 'react';
import { useQuery } from 'urql';
import type { Environment } from '../gql/graphql';
import { BillingQuery } from './figuresDocuments';
import { formatMoney, pricingModelLabel, unitLabel } from './money';
import { formatCount } from './shaping';

/**
 * This month's metered units per kind under the organization's industry
 * pricing model, and the estimated charge. Refreshes with each live usage
 * update (refreshSeq), as the quota gauge does.
 */
export function BillingCard({ environment, refreshSeq }: { environment: Environment; refreshSeq: number }) {
  const headingId = useId();
  const [{ data, error }, refetch] = useQuery({ query: BillingQuery, variables: { environment }, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    if (refreshSeq > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshSeq, refetch]);
  const b = data?.billing;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="sm" data-testid="billing-card">
      <Title order={2} size="h5" id={headingId} mb="xs">
        Billable units and estimated charge
      </Title>
      {!b ? (
        <Text size="sm" c={error ? 'red' : 'dimmed'}>
          {error ? 'The estimated charge could not be loaded.' : 'Loading…'}
        </Text>
      ) : (
        <Stack gap="xs">
          <Group justify="space-between" align="baseline">
            <Text size="sm">{pricingModelLabel(b.pricingModel)}</Text>
            <Text size="xl" fw={700} data-testid="billing-estimated-charge">
              {formatMoney(b.estimatedCharge.amount, b.estimatedCharge.currency)}
            </Text>
          </Group>
          {b.otherCharges.length > 0 && (
            <Text size="sm" data-testid="billing-other-charges">
              Plus {b.otherCharges.map((m) => formatMoney(m.amount, m.currency)).join(', ')} in volume fees
            </Text>
          )}
          {b.units.length === 0 ? (
            <Text size="sm" c="dimmed">
              No billable module calls yet in {b.period}.
            </Text>
          ) : (
            <Table aria-label="Units this month" withRowBorders={false} verticalSpacing={2}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Unit</Table.Th>
                  <Table.Th>Quantity</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {b.units.map((u) => (
                  <Table.Tr key={`${u.unit}-${u.currency ?? ''}`} data-testid={`billing-unit-${u.unit}`}>
                    <Table.Td>{unitLabel(u.unit)}</Table.Td>
                    <Table.Td>{u.currency ? formatMoney(u.quantity, u.currency) : formatCount(u.quantity)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Text size="xs" c="dimmed">
            Period {b.period} (UTC), {b.environment === 'LIVE' ? 'live' : 'test'} calls. An estimate from the price table; amounts are rounded once a
            month.
          </Text>
        </Stack>
      )}
    </Card>
  );
}
