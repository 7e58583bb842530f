import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useId, type ReactNode } from 'react';
import { useQuery } from 'urql';
import type { Environment } from '../gql/graphql';
import { DomainFiguresQuery } from './figuresDocuments';
import { formatMoney, formatShare } from './money';
import { formatCount } from './shaping';

/**
 * The domain figures of seed 000 §3 for this month: transaction checks by
 * decision, fraud flagged vs confirmed with its precision, disputes and their
 * win rate, the KYC pass rate and escrow volume by status. Each refreshSeq
 * change (a live usage update) asks again, so a module call shows up
 * without a reload.
 */
export function DomainFigures({ environment, refreshSeq }: { environment: Environment; refreshSeq: number }) {
  const headingId = useId();
  const [{ data, error }, refetch] = useQuery({ query: DomainFiguresQuery, variables: { environment }, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    if (refreshSeq > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshSeq, refetch]);
  const f = data?.domainFigures;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h4" id={headingId}>
        Module figures this month
      </Title>
      {!f ? (
        <Text size="sm" c={error ? 'red' : 'dimmed'}>
          {error ? 'The module figures could not be loaded.' : 'Loading…'}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <FigureCard id="transactions" title="Transaction checks" value={formatCount(f.transactionChecks.checks)}>
            {formatCount(f.transactionChecks.approved)} approved · {formatCount(f.transactionChecks.reviewed)} in review ·{' '}
            {formatCount(f.transactionChecks.declined)} declined
          </FigureCard>
          <FigureCard id="fraud" title="Fraud detection precision" value={formatShare(f.fraud.precision)}>
            {formatCount(f.fraud.flagged)} of {formatCount(f.fraud.checks)} checks flagged; feedback confirmed{' '}
            {formatCount(f.fraud.flaggedConfirmedFraud)} fraud and {formatCount(f.fraud.flaggedConfirmedLegitimate)} legitimate among them
          </FigureCard>
          <FigureCard id="disputes" title="Disputes resolved" value={`${formatCount(f.disputes.resolved)} / ${formatCount(f.disputes.opened)}`}>
            Win rate {formatShare(f.disputes.winRate)} ({formatCount(f.disputes.won)} won, {formatCount(f.disputes.lost)} lost)
          </FigureCard>
          <FigureCard id="kyc" title="KYC pass rate" value={formatShare(f.kyc.passRate)}>
            {formatCount(f.kyc.verified)} verified · {formatCount(f.kyc.rejected)} rejected · {formatCount(f.kyc.review + f.kyc.pending)} open of{' '}
            {formatCount(f.kyc.checks)}
          </FigureCard>
          <EscrowVolumeCard rows={f.escrowVolume} />
        </SimpleGrid>
      )}
    </Stack>
  );
}

function FigureCard({ id, title, value, children }: { id: string; title: string; value: string; children: ReactNode }) {
  return (
    <Card withBorder padding="sm" role="group" aria-labelledby={`figure-${id}-label`} data-testid={`figure-${id}`}>
      <Text size="sm" c="dimmed" id={`figure-${id}-label`}>
        {title}
      </Text>
      <Text size="xl" fw={700} data-testid={`figure-${id}-value`}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {children}
      </Text>
    </Card>
  );
}

type VolumeRow = { status: string; currency: string; count: number; amount: number };

function EscrowVolumeCard({ rows }: { rows: readonly VolumeRow[] }) {
  return (
    <Card withBorder padding="sm" role="group" aria-labelledby="figure-escrow-label" data-testid="figure-escrow">
      <Text size="sm" c="dimmed" id="figure-escrow-label">
        Escrow volume by status
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">No escrows this month.</Text>
      ) : (
        <Table aria-labelledby="figure-escrow-label" withRowBorders={false} verticalSpacing={2}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Status</Table.Th>
              <Table.Th>Escrows</Table.Th>
              <Table.Th>Amount</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.status}-${r.currency}`}>
                <Table.Td>{r.status}</Table.Td>
                <Table.Td>{formatCount(r.count)}</Table.Td>
                <Table.Td>{formatMoney(r.amount, r.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
