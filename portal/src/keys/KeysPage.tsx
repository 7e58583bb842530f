import { ActionIcon, Anchor, Badge, Button, EmptyState, Group, Menu, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSubscription } from 'urql';
import { EnvironmentBadge, EnvironmentToggle, useEnvironment } from '../app/environment';
import { formatDate, formatDateTime, formatRelative } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { ShowMore } from '../app/ShowMore';
import { usePagedQuery } from '../app/pagination';
import type { ApiKeyFieldsFragment, ApiKeyState, ApiKeysQuery as ApiKeysResult } from '../gql/graphql';
import { canWrite } from '../auth/session';
import { useSession } from '../auth/SessionContext';
import { CreateKeyDialog } from './CreateKeyDialog';
import { ApiKeyChangedSubscription, ApiKeysQuery } from './documents';
import { EditKeyDialog } from './EditKeyDialog';
import { DeleteKeyDialog, RevokeKeyDialog, RollKeyDialog } from './KeyActionDialogs';
import { KIND_LABELS } from './keyForm';

type Key = ApiKeyFieldsFragment;
type ListedKey = NonNullable<NonNullable<NonNullable<ApiKeysResult['apiKeys']['edges']>[number]>['node']>;

const STATE_LABELS: Record<ApiKeyState, string> = {
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
  ROTATING: 'Rolling',
  ROTATED: 'Rolled',
};
const STATE_COLORS: Record<ApiKeyState, string> = {
  ACTIVE: 'green',
  EXPIRED: 'gray',
  REVOKED: 'red',
  ROTATING: 'yellow',
  ROTATED: 'gray',
};

export function KeysPage() {
  const [environment, setEnvironment] = useEnvironment();
  const list = usePagedQuery({ query: ApiKeysQuery, variables: { environment }, connection: (d: ApiKeysResult) => d.apiKeys });
  const { data, fetching, error } = list.first;
  // A key created, rolled or revoked elsewhere (another tab, a teammate, the
  // REST API) shows up here at once: the server tells us, we reload the list
  // (every page of it that is shown).
  useSubscription({ query: ApiKeyChangedSubscription }, (_, event) => {
    list.refresh();
    return event;
  });
  // Viewers read keys; the session's role (read afresh after a demotion)
  // decides whether the create buttons exist at all.
  const writer = canWrite(useSession().state);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<ListedKey | null>(null);
  const [rolling, setRolling] = useState<Key | null>(null);
  const [revoking, setRevoking] = useState<Key | null>(null);
  const [deleting, setDeleting] = useState<Key | null>(null);

  const keys = list.nodes;
  const envName = environment === 'LIVE' ? 'live' : 'test';

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            API keys
          </Title>
          <Text c="dimmed">Keys authenticate your servers and apps to the KeyBS API. A secret is shown only once.</Text>
        </div>
        <Group>
          <EnvironmentToggle value={environment} onChange={setEnvironment} />
          {writer && <Button onClick={() => setCreating(true)}>Create key</Button>}
        </Group>
      </Group>

      {!data && fetching ? (
        <PageLoader label="Loading your API keys…" />
      ) : !data ? (
        <LoadError title="Your API keys could not be loaded" error={error} onRetry={list.refresh} />
      ) : keys.length === 0 ? (
        <EmptyState
          title={`No ${envName} keys yet`}
          description={
            environment === 'LIVE'
              ? 'Live keys reach real data. Complete onboarding (KYC and production access), then create one.'
              : 'Create a test key to call the API on sandbox data. It takes a few seconds.'
          }
        >
          <EmptyState.Actions>
            {writer && <Button onClick={() => setCreating(true)}>Create a {envName} key</Button>}
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={1100}>
          <Table striped highlightOnHover verticalSpacing="xs" aria-label={`${environment === 'LIVE' ? 'Live' : 'Test'} API keys`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col" miw={120}>
                  Kind
                </Table.Th>
                <Table.Th scope="col">Key</Table.Th>
                <Table.Th scope="col">Scopes</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">Last used</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">Rotation due</Table.Th>
                <Table.Th scope="col" miw={110}>
                  Status
                </Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.map((key) => (
                <KeyRow key={key.id} apiKey={key} onEdit={setEditing} onRoll={setRolling} onRevoke={setRevoking} onDelete={setDeleting} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <ShowMore list={list} noun="keys" />}

      <CreateKeyDialog opened={creating} environment={environment} onClose={() => setCreating(false)} />
      <EditKeyDialog apiKey={editing} onClose={() => setEditing(null)} />
      <RollKeyDialog apiKey={rolling} onClose={() => setRolling(null)} />
      <RevokeKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />
      <DeleteKeyDialog apiKey={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

function KeyRow({
  apiKey: key,
  onEdit,
  onRoll,
  onRevoke,
  onDelete,
}: {
  apiKey: ListedKey;
  onEdit: (key: ListedKey) => void;
  onRoll: (key: Key) => void;
  onRevoke: (key: Key) => void;
  onDelete: (key: Key) => void;
}) {
  const usable = key.state === 'ACTIVE' || key.state === 'ROTATING';
  const rotationOverdue = usable && Date.parse(key.rotationDueAt) < Date.now();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Anchor component={Link} to={`/keys/${key.id}`} fw={500}>
          {key.name}
        </Anchor>
        {/* Names may repeat; the row (and so each cell a screen reader
            reads with it) is told apart by the key's visible ends. */}
        <VisuallyHidden> ({keyEnds(key)})</VisuallyHidden>
        {key.application && (
          <Text size="xs" c="dimmed">
            {key.application.name}
          </Text>
        )}
      </Table.Th>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Text size="sm">{KIND_LABELS[key.kind]}</Text>
          <EnvironmentBadge env={key.environment} />
        </Group>
      </Table.Td>
      <Table.Td>
        <code aria-label={`Key starting ${key.prefix} and ending ${key.last4}`} style={{ whiteSpace: 'nowrap' }}>
          {key.prefix}…{key.last4}
        </code>
      </Table.Td>
      <Table.Td>
        <Tooltip label={key.scopes.join(', ')} multiline w={320} withArrow>
          <Text size="sm" tabIndex={0} style={{ cursor: 'help' }}>
            {key.scopes.length === 1 ? key.scopes[0] : `${key.scopes.length} scopes`}
          </Text>
        </Tooltip>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(key.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        {key.lastUsedAt ? (
          <Tooltip label={formatDateTime(key.lastUsedAt)} withArrow>
            <Text size="sm" tabIndex={0}>
              {formatRelative(key.lastUsedAt)}
              {key.lastUsedIP && (
                <Text span size="xs" c="dimmed" display="block">
                  from {key.lastUsedIP}
                </Text>
              )}
            </Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            Never
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{key.expiresAt ? formatDate(key.expiresAt) : 'Never'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={rotationOverdue ? 'orange' : undefined}>
          {usable ? `${formatDate(key.rotationDueAt)}${rotationOverdue ? ' (overdue)' : ''}` : '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={STATE_COLORS[key.state]} variant="light" miw="fit-content">
          {STATE_LABELS[key.state]}
        </Badge>
        {key.state === 'ROTATING' && key.graceUntil && (
          <Text size="xs" c="dimmed">
            until {formatDateTime(key.graceUntil)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${key.name} (${keyEnds(key)})`}>
              <span aria-hidden="true">⋯</span>
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item disabled={!usable} onClick={() => onEdit(key)}>
              Edit…
            </Menu.Item>
            <Menu.Item disabled={key.state !== 'ACTIVE'} onClick={() => onRoll(key)}>
              Roll key…
            </Menu.Item>
            <Menu.Item disabled={!usable} color="red" onClick={() => onRevoke(key)}>
              Revoke…
            </Menu.Item>
            <Menu.Item color="red" onClick={() => onDelete(key)}>
              Delete…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
}

/** "kbs_test_abc…WXYZ": what tells two keys of one name apart. */
export function keyEnds(key: Pick<ApiKeyFieldsFragment, 'prefix' | 'last4'>): string {
  return `${key.prefix}…${key.last4}`;
}
