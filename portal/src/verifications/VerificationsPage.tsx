import { Anchor, Button, EmptyState, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSubscription } from 'urql';
import { EnvironmentToggle, useEnvironment } from '../app/environment';
import { formatDate, formatRelative } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { ShowMore } from '../app/ShowMore';
import type { VerificationCaseStatus, VerificationCasesQuery as VerificationCasesResult } from '../gql/graphql';
import { CreateCaseDialog } from './CreateCaseDialog';
import { VerificationCasesQuery, VerificationChangedSubscription } from './documents';
import { SandboxNote } from './SandboxNote';
import { StateBadge } from './StateBadge';
import { STATUS_OPTIONS, isStatus } from './states';

const PAGE = 50;

/** The organization's verification cases, newest first, moving live. */
export function VerificationsPage() {
  const [environment, setEnvironment] = useEnvironment();
  const [status, setStatus] = useState<VerificationCaseStatus | ''>('');
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const list = usePagedQuery({
    query: VerificationCasesQuery,
    variables: { where: { environment, ...(status ? { status } : {}) } },
    connection: (d: VerificationCasesResult) => d.verificationCases,
    pageSize: PAGE,
  });
  const { data, fetching, error } = list.first;
  // Cases move on their own (the sandbox simulator, KeyBS analysts): each
  // change reloads the pages shown.
  useSubscription({ query: VerificationChangedSubscription, variables: {} }, (_, event) => {
    list.refresh();
    return event;
  });
  const cases = list.nodes;
  const live = environment === 'LIVE';

  return (
    <Stack gap="lg" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Verifications
          </Title>
          <Text c="dimmed">Supplier verification cases, their requests for information and their signed reports.</Text>
        </div>
        <Group>
          <EnvironmentToggle value={environment} onChange={setEnvironment} />
          {!live && <Button onClick={() => setCreating(true)}>Open a sandbox case</Button>}
        </Group>
      </Group>
      {!live && <SandboxNote />}
      <Group align="flex-end">
        <NativeSelect
          label="Status"
          data={[{ value: '', label: 'Every status' }, ...STATUS_OPTIONS]}
          value={status}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setStatus(isStatus(value) ? value : '');
          }}
        />
      </Group>
      {!data && fetching ? (
        <PageLoader label="Loading your verifications…" />
      ) : !data ? (
        <LoadError title="Your verifications could not be loaded" error={error} onRetry={list.refresh} />
      ) : cases.length === 0 ? (
        <EmptyState
          title={status ? 'No cases with this status' : `No ${live ? 'live' : 'sandbox'} cases yet`}
          description={
            status
              ? 'Choose another status, or every status.'
              : live
                ? 'Live cases are created by your servers with a live key: POST /v1/verifications.'
                : 'Open one here, or create one with a test key: POST /v1/verifications.'
          }
        />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover aria-label={`${live ? 'Live' : 'Sandbox'} verification cases`} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Supplier</Table.Th>
                <Table.Th scope="col">Verification ID</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Country</Table.Th>
                <Table.Th scope="col">Your reference</Table.Th>
                <Table.Th scope="col">Opened</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map((c) => (
                <Table.Tr key={c.id} data-testid="case-row">
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/verifications/${c.id}`}>
                      {c.supplierName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <code>{c.verificationID}</code>
                  </Table.Td>
                  <Table.Td>
                    <StateBadge state={c.state} />
                  </Table.Td>
                  <Table.Td>{c.countryCode}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {c.clientReference || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td title={formatDate(c.createdAt)}>{formatRelative(c.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <ShowMore list={list} noun="cases" />}
      <CreateCaseDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          void navigate(`/verifications/${c.id}`);
        }}
      />
    </Stack>
  );
}
