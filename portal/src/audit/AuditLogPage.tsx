import { Badge, Button, Code, EmptyState, Group, NativeSelect, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { ShowMore } from '../app/ShowMore';
import type { AuditLogActorType, AuditLogWhereInput, AuditLogsQuery as AuditLogsResult } from '../gql/graphql';
import { AuditLogsQuery } from './documents';
import { ExportButtons } from './ExportButtons';

const ACTOR_LABELS: Record<AuditLogActorType, string> = {
  USER: 'User',
  STAFF: 'KeyBS staff',
  API_KEY: 'API key',
  SYSTEM: 'System',
  ANONYMOUS: 'Anonymous',
  SIMULATOR: 'Sandbox simulator',
  SDK_TOKEN: 'SDK access token',
  SHARE_TOKEN: 'Share token',
};

// Action prefixes the server writes; the filter matches on them.
const ACTION_GROUPS = [
  { value: '', label: 'All actions' },
  { value: 'key.', label: 'API keys' },
  { value: 'webhook.', label: 'Webhooks' },
  { value: 'application.', label: 'Applications' },
  { value: 'kyc.', label: 'KYC/AML' },
  { value: 'terms.', label: 'Terms of service' },
  { value: 'user.', label: 'Users and log-ins' },
  { value: 'session.', label: 'Sessions' },
  { value: 'verification.', label: 'Verifications' },
];

const PAGE = 50;

/** Builds the filter: an action prefix (or exact action) and a "since" day. */
export function auditFilter(action: string, since: string): AuditLogWhereInput | null {
  const where: AuditLogWhereInput = {};
  if (action.endsWith('.')) where.actionHasPrefix = action;
  else if (action) where.action = action;
  if (since) {
    const start = new Date(`${since}T00:00:00`);
    if (!Number.isNaN(start.getTime())) where.createdAtGTE = start.toISOString();
  }
  return Object.keys(where).length ? where : null;
}

export function AuditLogPage() {
  const [action, setAction] = useState('');
  const [since, setSince] = useState('');
  const list = usePagedQuery({
    query: AuditLogsQuery,
    variables: { where: auditFilter(action, since) },
    connection: (d: AuditLogsResult) => d.auditLogs,
    pageSize: PAGE,
  });
  const { data, fetching, error } = list.first;
  const entries = list.nodes;

  return (
    <Stack gap="lg" maw={1300}>
      <div>
        <Title order={1} size="h2">
          Audit log
        </Title>
        <Text c="dimmed">Who did what in your organization, from where. Entries cannot be changed or deleted.</Text>
      </div>
      <Group align="flex-end">
        <NativeSelect label="Action" data={ACTION_GROUPS} value={action} onChange={(e) => setAction(e.currentTarget.value)} />
        <TextInput type="date" label="Since" value={since} onChange={(e) => setSince(e.currentTarget.value)} />
        <ExportButtons action={action} since={since} />
        {(action || since) && (
          <Button
            variant="subtle"
            onClick={() => {
              setAction('');
              setSince('');
            }}
          >
            Clear filters
          </Button>
        )}
      </Group>
      {!data && fetching ? (
        <PageLoader label="Loading the audit log…" />
      ) : !data ? (
        <LoadError title="The audit log could not be loaded" error={error} onRetry={list.refresh} />
      ) : entries.length === 0 ? (
        <EmptyState title="No entries" description={action || since ? 'Nothing matches these filters.' : 'Actions in your organization appear here.'} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped aria-label="Audit log" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Action</Table.Th>
                  <Table.Th scope="col">Actor</Table.Th>
                  <Table.Th scope="col">Target</Table.Th>
                  <Table.Th scope="col">IP</Table.Th>
                  <Table.Th scope="col">Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(entry.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Code>{entry.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {entry.actor.name}
                      </Text>
                      {(entry.actor.email ?? entry.actor.keyPrefix) && (
                        <Text size="xs" c="dimmed" ff={entry.actor.keyPrefix ? 'monospace' : undefined} style={{ overflowWrap: 'anywhere' }}>
                          {entry.actor.email ?? entry.actor.keyPrefix}
                        </Text>
                      )}
                      <Badge variant="light" color="gray" size="xs">
                        {ACTOR_LABELS[entry.actorType]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {entry.targetName ?? entry.targetType ?? '—'}
                        {entry.targetType && entry.targetName && (
                          <Text span size="xs" c="dimmed" display="block">
                            {entry.targetType}
                            {entry.targetName !== entry.targetID && ` · ${entry.targetID}`}
                          </Text>
                        )}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={entry.userAgent ?? 'No user agent'} multiline w={300} withArrow>
                        <Text size="sm" tabIndex={0}>
                          {entry.ip ?? '—'}
                        </Text>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      {entry.changes.length > 0 && <Changes changes={entry.changes} />}
                      <Text size="xs" ff="monospace" lineClamp={2} style={{ overflowWrap: 'anywhere' }} title={JSON.stringify(entry.metadata ?? {})}>
                        {summarise(entry.metadata)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ShowMore list={list} noun="entries" />
        </>
      )}
    </Stack>
  );
}

function summarise(metadata: Record<string, unknown> | null | undefined): string {
  if (!metadata) return '—';
  return Object.entries(metadata)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}

type Change = { field: string; from?: string | null; to?: string | null };

/** The changed fields, folded behind a summary naming how many there are. */
function Changes({ changes }: { changes: Change[] }) {
  return (
    <details>
      <summary>
        <Text span size="xs">
          {changes.length === 1 ? '1 changed field' : `${changes.length} changed fields`}
        </Text>
      </summary>
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {changes.map((c) => (
          <li key={c.field}>
            <Text span size="xs">
              <Code>{c.field}</Code>
              {(c.from != null || c.to != null) && ` ${c.from ?? '—'} → ${c.to ?? '—'}`}
            </Text>
          </li>
        ))}
      </ul>
    </details>
  );
}
