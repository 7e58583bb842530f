import { Anchor, Badge, EmptyState, Group, NativeSelect, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSubscription } from 'urql';
import { EnvironmentToggle, useEnvironment } from '../app/environment';
import { formatDate, formatRelative } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { ShowMore } from '../app/ShowMore';
import type { DisputeStatus, DisputesQuery as DisputesResult, EscrowStatus, EscrowsQuery as EscrowsResult } from '../gql/graphql';
import { DisputesQuery, EscrowsQuery, ModuleEventsSubscription } from './documents';
import { DISPUTE_REASON_LABELS, DISPUTE_STATUS_COLORS, DISPUTE_STATUS_LABELS, ESCROW_STATUS_COLORS, ESCROW_STATUS_LABELS, formatAmount } from './labels';

const PAGE = 50;

/** The organization's escrows and disputes of one environment, newest first, moving live. */
export function EscrowsPage() {
  const [environment, setEnvironment] = useEnvironment();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'disputes' ? 'disputes' : 'escrows';
  return (
    <Stack gap="lg" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Escrows and disputes
          </Title>
          <Text c="dimmed">Money held with POST /v1/escrow/initiate, and the disputes raised against escrows and checked transactions.</Text>
        </div>
        <EnvironmentToggle value={environment} onChange={setEnvironment} />
      </Group>
      <Tabs
        value={tab}
        onChange={(v) =>
          setParams(
            (cur) => {
              const next = new URLSearchParams(cur);
              if (v === 'disputes') next.set('tab', 'disputes');
              else next.delete('tab');
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List aria-label="Escrows or disputes">
          <Tabs.Tab value="escrows">Escrows</Tabs.Tab>
          <Tabs.Tab value="disputes">Disputes</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="escrows" pt="md">
          <EscrowList environment={environment} />
        </Tabs.Panel>
        <Tabs.Panel value="disputes" pt="md">
          <DisputeList environment={environment} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Reloads a list whenever an escrow or dispute of the organization changes. */
function useLiveReload(refresh: () => void) {
  useSubscription({ query: ModuleEventsSubscription }, (_, event) => {
    refresh();
    return event;
  });
}

function envQuery(environment: string): string {
  return environment === 'LIVE' ? '?env=live' : '';
}

function EscrowList({ environment }: { environment: 'TEST' | 'LIVE' }) {
  const [status, setStatus] = useState<EscrowStatus | ''>('');
  const list = usePagedQuery({
    query: EscrowsQuery,
    variables: { environment, ...(status ? { status } : {}) },
    connection: (d: EscrowsResult) => d.escrows,
    pageSize: PAGE,
  });
  useLiveReload(list.refresh);
  const { data, fetching, error } = list.first;
  const live = environment === 'LIVE';
  return (
    <Stack gap="sm">
      <NativeSelect
        label="Status"
        w={220}
        data={[{ value: '', label: 'Every status' }, ...Object.entries(ESCROW_STATUS_LABELS).map(([value, label]) => ({ value, label }))]}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as EscrowStatus | '')}
      />
      {!data && fetching ? (
        <PageLoader label="Loading your escrows…" />
      ) : !data ? (
        <LoadError title="Your escrows could not be loaded" error={error} onRetry={list.refresh} />
      ) : list.nodes.length === 0 ? (
        <EmptyState
          title={status ? 'No escrows with this status' : `No ${live ? 'live' : 'sandbox'} escrows yet`}
          description={`Open one with ${live ? 'a live' : 'a test'} key: POST /v1/escrow/initiate (the Modules page can send it).`}
        />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover aria-label={`${live ? 'Live' : 'Sandbox'} escrows`} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Escrow</Table.Th>
                <Table.Th scope="col">Amount</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Buyer → seller</Table.Th>
                <Table.Th scope="col">Your reference</Table.Th>
                <Table.Th scope="col">Opened</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.nodes.map((e) => (
                <Table.Tr key={e.id} data-testid="escrow-row">
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/escrows/${e.id}${envQuery(environment)}`}>
                      <code>{e.id}</code>
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{formatAmount(e.amount, e.currency)}</Table.Td>
                  <Table.Td>
                    <Badge color={ESCROW_STATUS_COLORS[e.status]} variant="light">
                      {ESCROW_STATUS_LABELS[e.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {e.buyerId} → {e.sellerId}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.reference || '—'}</Table.Td>
                  <Table.Td title={formatDate(e.createdAt)}>{formatRelative(e.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <ShowMore list={list} noun="escrows" />}
    </Stack>
  );
}

function DisputeList({ environment }: { environment: 'TEST' | 'LIVE' }) {
  const [status, setStatus] = useState<DisputeStatus | ''>('');
  const list = usePagedQuery({
    query: DisputesQuery,
    variables: { environment, ...(status ? { status } : {}) },
    connection: (d: DisputesResult) => d.disputes,
    pageSize: PAGE,
  });
  useLiveReload(list.refresh);
  const { data, fetching, error } = list.first;
  const live = environment === 'LIVE';
  return (
    <Stack gap="sm">
      <NativeSelect
        label="Status"
        w={220}
        data={[{ value: '', label: 'Every status' }, ...Object.entries(DISPUTE_STATUS_LABELS).map(([value, label]) => ({ value, label }))]}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as DisputeStatus | '')}
      />
      {!data && fetching ? (
        <PageLoader label="Loading your disputes…" />
      ) : !data ? (
        <LoadError title="Your disputes could not be loaded" error={error} onRetry={list.refresh} />
      ) : list.nodes.length === 0 ? (
        <EmptyState
          title={status ? 'No disputes with this status' : `No ${live ? 'live' : 'sandbox'} disputes`}
          description="Disputes are opened with POST /v1/disputes/open against a funded escrow or a checked transaction."
        />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover aria-label={`${live ? 'Live' : 'Sandbox'} disputes`} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Dispute</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Reason</Table.Th>
                <Table.Th scope="col">Against</Table.Th>
                <Table.Th scope="col">Opened</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.nodes.map((d) => (
                <Table.Tr key={d.id} data-testid="dispute-row">
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/disputes/${d.id}${envQuery(environment)}`}>
                      <code>{d.id}</code>
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <Badge color={DISPUTE_STATUS_COLORS[d.status]} variant="light">
                      {DISPUTE_STATUS_LABELS[d.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{DISPUTE_REASON_LABELS[d.reason]}</Table.Td>
                  <Table.Td>
                    <code>{d.escrowId ?? d.transactionCheckId}</code>
                  </Table.Td>
                  <Table.Td title={formatDate(d.createdAt)}>{formatRelative(d.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <ShowMore list={list} noun="disputes" />}
    </Stack>
  );
}
