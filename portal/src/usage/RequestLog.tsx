import { Badge, Card, Code, EmptyState, Group, NativeSelect, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime, formatRelative } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { ShowMore } from '../app/ShowMore';
import type { RequestLogsQuery as RequestLogsResult, UsageFilter } from '../gql/graphql';
import { RequestLogsQuery } from './documents';
import { RequestDetail } from './RequestDetail';
import { STATUS_CLASSES, formatLatencyUs, isStatusClass, keyLabel, requestLogWhere, statusColor, type KeyRef, type StatusClass } from './shaping';

const PAGE = 50;

/** Every metered call in the range, newest first, with the page's filters plus status class and route text. */
export function RequestLog({ dims, since, keys, refreshSeq }: { dims: UsageFilter; since: string; keys: readonly KeyRef[]; refreshSeq: number }) {
  const [statusClass, setStatusClass] = useState<StatusClass>('');
  const [routeSearch, setRouteSearch] = useState('');
  const [search] = useDebouncedValue(routeSearch, 300);
  const [errorCodeText, setErrorCodeText] = useState('');
  const [errorCode] = useDebouncedValue(errorCodeText, 300);
  const [requestIdText, setRequestIdText] = useState('');
  const [requestId] = useDebouncedValue(requestIdText, 300);
  // The open call lives in the address (?request=<id>), so a detail view can be linked to and survives a reload.
  const [params, setParams] = useSearchParams();
  const openId = params.get('request');
  const openRequest = (id: string | null) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('request', id);
        else next.delete('request');
        return next;
      },
      { replace: id === null },
    );
  };
  const where = requestLogWhere({
    environment: dims.environment ?? 'TEST',
    keyId: dims.keyId,
    applicationId: dims.applicationId,
    route: dims.route,
    routeSearch: search,
    statusClass,
    errorCode,
    requestId,
    since,
  });
  const list = usePagedQuery({ query: RequestLogsQuery, variables: { where }, connection: (d: RequestLogsResult) => d.requestLogs, pageSize: PAGE });
  const { data, fetching, error } = list.first;
  const { refresh } = list;
  // Live: new calls come in at the top of the first page; the pages shown
  // after it are fetched again from its new end.
  useEffect(() => {
    if (refreshSeq > 0) refresh();
  }, [refreshSeq, refresh]);
  const logs = list.nodes;
  const total = list.totalCount;
  const filtered = Boolean(statusClass || search.trim() || errorCode.trim() || requestId.trim());

  return (
    <Stack gap="sm" component="section" aria-labelledby="request-log-heading">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" id="request-log-heading">
            Request log
          </Title>
          <Text size="sm" c="dimmed">
            Each call in the range, newest first{data ? ` (${total.toLocaleString()} in all)` : ''}.
          </Text>
        </div>
        <Group align="flex-end">
          <NativeSelect
            label="Status"
            data={STATUS_CLASSES}
            value={statusClass}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setStatusClass(isStatusClass(value) ? value : '');
            }}
          />
          <TextInput
            label="Route contains"
            placeholder="/v1/verifications"
            value={routeSearch}
            onChange={(e) => {
              setRouteSearch(e.currentTarget.value);
            }}
          />
          <TextInput
            label="Error code"
            placeholder="unauthorized"
            value={errorCodeText}
            onChange={(e) => {
              setErrorCodeText(e.currentTarget.value);
            }}
          />
          <TextInput
            label="Request ID"
            description="Finds the call at any time"
            placeholder="req_…"
            value={requestIdText}
            onChange={(e) => {
              setRequestIdText(e.currentTarget.value);
            }}
          />
        </Group>
      </Group>
      {!data && fetching ? (
        <PageLoader label="Loading the request log…" />
      ) : !data ? (
        <LoadError title="The request log could not be loaded" error={error} onRetry={refresh} />
      ) : logs.length === 0 ? (
        <Card withBorder>
          <EmptyState title="No requests" description={filtered ? 'Nothing matches these filters.' : 'Calls in the selected range appear here.'} />
        </Card>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover aria-label="Request log" verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Request</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col" ta="right">
                  Latency
                </Table.Th>
                <Table.Th scope="col">Key</Table.Th>
                <Table.Th scope="col">Client IP</Table.Th>
                <Table.Th scope="col">Request ID</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {logs.map((log) => (
                <Table.Tr key={log.id} data-testid="request-log-row">
                  <Table.Td title={formatDateTime(log.createdAt)} style={{ whiteSpace: 'nowrap' }}>{formatRelative(log.createdAt)}</Table.Td>
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => {
                        openRequest(log.requestID);
                      }}
                      aria-label={`Open ${log.route || log.method}, ${log.status}, request ${log.requestID}`}
                    >
                      <Code>{log.route || log.method}</Code>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusColor(log.status)} variant="light">
                      {log.status}
                    </Badge>
                    {log.errorCode && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        {log.errorCode}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatLatencyUs(log.latencyUs)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{keyLabel(log.keyID ?? '', keys)}</Table.Td>
                  <Table.Td>{log.clientIP ?? '—'}</Table.Td>
                  <Table.Td>
                    <Code>{log.requestID}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <ShowMore list={list} noun="requests" />}
      <RequestDetail
        requestId={openId}
        keys={keys}
        onClose={() => {
          openRequest(null);
        }}
      />
    </Stack>
  );
}
