import { Alert, Anchor, Badge, Card, Code, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { EnvironmentBadge, useEnvironment } from '../app/environment';
import { formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePageTitle } from '../app/pageTitle';
import { DisputeQuery, EscrowQuery, ModuleEventsSubscription } from './documents';
import { DISPUTE_REASON_LABELS, DISPUTE_STATUS_COLORS, DISPUTE_STATUS_LABELS, ESCROW_STATUS_COLORS, ESCROW_STATUS_LABELS, formatAmount } from './labels';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

const when = (t: string | null | undefined) => (t ? formatDateTime(t) : '—');

function isNotFound(error: { graphQLErrors?: { extensions?: Record<string, unknown> }[] } | undefined): boolean {
  return !!error?.graphQLErrors?.some((e) => e.extensions?.code === 'not_found');
}

/** One escrow: its amount and parties, each move's time, and the disputes raised against it. */
export function EscrowPage() {
  const { id = '' } = useParams();
  const [environment] = useEnvironment();
  usePageTitle(`Escrow ${id}`);
  const [{ data, fetching, error }, reload] = useQuery({ query: EscrowQuery, variables: { id, environment } });
  useSubscription({ query: ModuleEventsSubscription }, (_, event) => {
    reload({ requestPolicy: 'network-only' });
    return event;
  });
  const back = `/escrows${environment === 'LIVE' ? '?env=live' : ''}`;
  if (!data && fetching) return <PageLoader label="Loading the escrow…" />;
  if (isNotFound(error)) return <NotFound what="escrow" back={back} />;
  if (!data) return <LoadError title="The escrow could not be loaded" error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const e = data.escrow;
  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={back} size="sm">
        ← Escrows
      </Anchor>
      <Group gap="sm">
        <Title order={1} size="h2">
          Escrow <Code fz="inherit">{e.id}</Code>
        </Title>
        <Badge color={ESCROW_STATUS_COLORS[e.status]} variant="light" size="lg">
          {ESCROW_STATUS_LABELS[e.status]}
        </Badge>
        <EnvironmentBadge env={e.environment} />
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="Amount">
            {formatAmount(e.amount, e.currency)} ({e.amount} minor units)
          </Field>
          <Field label="Buyer">{e.buyerId}</Field>
          <Field label="Seller">{e.sellerId}</Field>
          <Field label="Your reference">{e.reference || '—'}</Field>
          <Field label="Description">{e.description || '—'}</Field>
          <Field label="Initiated">{when(e.createdAt)}</Field>
          <Field label="Funded">{when(e.fundedAt)}</Field>
          <Field label="Disputed">{when(e.disputedAt)}</Field>
          <Field label={e.refundedAt ? 'Refunded' : 'Released'}>{when(e.refundedAt ?? e.releasedAt)}</Field>
        </SimpleGrid>
      </Card>
      <section aria-label="Disputes">
        <Title order={2} size="h4" mb="xs">
          Disputes
        </Title>
        {e.disputes.length === 0 ? (
          <Text size="sm" c="dimmed">
            No dispute was raised against this escrow.
          </Text>
        ) : (
          <Table aria-label="Disputes of this escrow" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Dispute</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Reason</Table.Th>
                <Table.Th scope="col">Opened</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {e.disputes.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/disputes/${d.id}${environment === 'LIVE' ? '?env=live' : ''}`}>
                      <code>{d.id}</code>
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <Badge color={DISPUTE_STATUS_COLORS[d.status]} variant="light">
                      {DISPUTE_STATUS_LABELS[d.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{DISPUTE_REASON_LABELS[d.reason]}</Table.Td>
                  <Table.Td>{when(d.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </Stack>
  );
}

/** One dispute: what it claims, where it stands, ops' decision and the escrow it is against. */
export function DisputePage() {
  const { id = '' } = useParams();
  const [environment] = useEnvironment();
  usePageTitle(`Dispute ${id}`);
  const [{ data, fetching, error }, reload] = useQuery({ query: DisputeQuery, variables: { id, environment } });
  useSubscription({ query: ModuleEventsSubscription }, (_, event) => {
    reload({ requestPolicy: 'network-only' });
    return event;
  });
  const suffix = environment === 'LIVE' ? '&env=live' : '';
  const back = `/escrows?tab=disputes${suffix}`;
  if (!data && fetching) return <PageLoader label="Loading the dispute…" />;
  if (isNotFound(error)) return <NotFound what="dispute" back={back} />;
  if (!data) return <LoadError title="The dispute could not be loaded" error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const d = data.dispute;
  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={back} size="sm">
        ← Disputes
      </Anchor>
      <Group gap="sm">
        <Title order={1} size="h2">
          Dispute <Code fz="inherit">{d.id}</Code>
        </Title>
        <Badge color={DISPUTE_STATUS_COLORS[d.status]} variant="light" size="lg">
          {DISPUTE_STATUS_LABELS[d.status]}
        </Badge>
        <EnvironmentBadge env={d.environment} />
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="Reason">{DISPUTE_REASON_LABELS[d.reason]}</Field>
          <Field label="Description">{d.description || '—'}</Field>
          <Field label="Your reference">{d.reference || '—'}</Field>
          <Field label="Opened">{when(d.createdAt)}</Field>
          <Field label="Review started">{when(d.reviewStartedAt)}</Field>
          <Field label="Decided">{when(d.resolvedAt)}</Field>
          {d.transactionCheckId && (
            <Field label="Transaction check">
              <code>{d.transactionCheckId}</code>
            </Field>
          )}
        </SimpleGrid>
      </Card>
      {d.resolutionNote && (
        <Alert color={d.status === 'WON' ? 'green' : 'gray'} title="KeyBS's decision">
          {d.resolutionNote}
        </Alert>
      )}
      {d.escrow && (
        <Card withBorder component="section" aria-label="The escrow disputed">
          <Group justify="space-between">
            <Text size="sm">
              Against escrow{' '}
              <Anchor component={Link} to={`/escrows/${d.escrow.id}${environment === 'LIVE' ? '?env=live' : ''}`}>
                <code>{d.escrow.id}</code>
              </Anchor>{' '}
              of {formatAmount(d.escrow.amount, d.escrow.currency)}
            </Text>
            <Badge color={ESCROW_STATUS_COLORS[d.escrow.status]} variant="light">
              {ESCROW_STATUS_LABELS[d.escrow.status]}
            </Badge>
          </Group>
        </Card>
      )}
    </Stack>
  );
}

function NotFound({ what, back }: { what: string; back: string }) {
  return (
    <Alert color="orange" title={`No such ${what}`} role="alert">
      It does not exist in this environment of your organization.{' '}
      <Anchor component={Link} to={back}>
        Back to the list
      </Anchor>
    </Alert>
  );
}
