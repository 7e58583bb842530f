import { Anchor, EmptyState, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSubscription } from 'urql';
import { EnvironmentBadge } from '../app/environment';
import { formatDateTime, formatRelative } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { ShowMore } from '../app/ShowMore';
import type { Environment, StaffCasesQuery as StaffCasesResult, VerificationCaseStatus } from '../gql/graphql';
import { VerificationChangedSubscription } from '../verifications/documents';
import { StateBadge } from '../verifications/StateBadge';
import { STATUS_OPTIONS, isStatus } from '../verifications/states';
import { StaffCasesQuery } from './documents';

const PAGE = 50;

/** Every organization's cases, oldest first: the work waiting for analysts. */
export function CaseQueuePage() {
  // Most work waits in "submitted"; the queue opens there.
  const [status, setStatus] = useState<VerificationCaseStatus | ''>('SUBMITTED');
  const [environment, setEnvironment] = useState<Environment | ''>('');
  const list = usePagedQuery({
    query: StaffCasesQuery,
    variables: { where: { ...(status ? { status } : {}), ...(environment ? { environment } : {}) } },
    connection: (d: StaffCasesResult) => d.staffVerificationCases,
    pageSize: PAGE,
  });
  useSubscription({ query: VerificationChangedSubscription, variables: {} }, (_, event) => {
    list.refresh();
    return event;
  });
  const { data, fetching, error } = list.first;
  const cases = list.nodes;
  return (
    <Stack gap="lg" maw={1300}>
      <div>
        <Title order={1} size="h2">
          Case queue
        </Title>
        <Text c="dimmed">Verification cases of every organization, oldest first.</Text>
      </div>
      <Group align="flex-end">
        <NativeSelect
          label="Status"
          data={[{ value: '', label: 'Every status' }, ...STATUS_OPTIONS]}
          value={status}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setStatus(isStatus(v) ? v : '');
          }}
        />
        <NativeSelect
          label="Environment"
          data={[
            { value: '', label: 'Live and sandbox' },
            { value: 'LIVE', label: 'Live' },
            { value: 'TEST', label: 'Sandbox' },
          ]}
          value={environment}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setEnvironment(v === 'LIVE' || v === 'TEST' ? v : '');
          }}
        />
      </Group>
      {!data && fetching ? (
        <PageLoader label="Loading the case queue…" />
      ) : !data ? (
        <LoadError title="The case queue could not be loaded" error={error} onRetry={list.refresh} />
      ) : cases.length === 0 ? (
        <EmptyState title="No cases here" description="Nothing waits with this status and environment." />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover aria-label="Verification cases" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Supplier</Table.Th>
                <Table.Th scope="col">Organization</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Environment</Table.Th>
                <Table.Th scope="col">Country</Table.Th>
                <Table.Th scope="col">Opened</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map((c) => (
                <Table.Tr key={c.id} data-testid="queue-row">
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/ops/cases/${c.id}`}>
                      {c.supplierName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {c.verificationID}
                    </Text>
                  </Table.Th>
                  <Table.Td>{c.organization.name}</Table.Td>
                  <Table.Td>
                    <StateBadge state={c.state} />
                  </Table.Td>
                  <Table.Td>
                    <EnvironmentBadge env={c.environment} />
                  </Table.Td>
                  <Table.Td>{c.countryCode}</Table.Td>
                  <Table.Td title={formatDateTime(c.createdAt)}>{formatRelative(c.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <ShowMore list={list} noun="cases" />}
    </Stack>
  );
}
