import { Anchor, Badge, Button, EmptyState, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSubscription } from 'urql';
import { EnvironmentToggle, useEnvironment } from '../app/environment';
import { formatDate } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { ShowMore } from '../app/ShowMore';
import type { EndpointFieldsFragment, WebhookEndpointsQuery as WebhookEndpointsResult } from '../gql/graphql';
import { EndpointChangedSubscription, WebhookEndpointsQuery } from './documents';
import { EndpointDialog } from './EndpointDialog';
import { ENDPOINT_STATUS_COLORS, ENDPOINT_STATUS_LABELS } from './labels';

export function WebhooksPage() {
  const [environment, setEnvironment] = useEnvironment();
  const list = usePagedQuery({ query: WebhookEndpointsQuery, variables: { environment }, connection: (d: WebhookEndpointsResult) => d.webhookEndpoints });
  const { data, fetching, error } = list.first;
  const [adding, setAdding] = useState(false);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const navigate = useNavigate();
  // Status changes arrive live (auto-disabled after a 410, failing, enabled elsewhere): the newest record of each endpoint wins.
  const [{ data: live = {} }] = useSubscription(
    { query: EndpointChangedSubscription, variables: {} },
    (previous: Record<string, EndpointFieldsFragment> = {}, event) => ({ ...previous, [event.webhookEndpointChanged.id]: event.webhookEndpointChanged }),
  );
  const endpoints = list.nodes.map((e) => (live[e.id] ? { ...e, ...live[e.id] } : e)).filter((e) => !e.deletedAt);
  const envName = environment === 'LIVE' ? 'live' : 'test';

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Webhooks
          </Title>
          <Text c="dimmed">KeyBS sends signed events to your endpoints as verifications, reports and keys change.</Text>
        </div>
        <Group>
          <EnvironmentToggle value={environment} onChange={setEnvironment} />
          <Button onClick={() => setAdding(true)}>Add endpoint</Button>
        </Group>
      </Group>
      {!data && fetching ? (
        <PageLoader label="Loading your endpoints…" />
      ) : !data ? (
        <LoadError title="Your webhook endpoints could not be loaded" error={error} onRetry={list.refresh} />
      ) : endpoints.length === 0 ? (
        <EmptyState
          title={`No ${envName} endpoints yet`}
          description="Add the URL of your server that should receive events. You can send it a test event right away."
        >
          <EmptyState.Actions>
            <Button onClick={() => setAdding(true)}>Add a {envName} endpoint</Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover aria-label={`${environment === 'LIVE' ? 'Live' : 'Test'} webhook endpoints`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">URL</Table.Th>
                <Table.Th scope="col">Events</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {endpoints.map((endpoint) => (
                <Table.Tr key={endpoint.id}>
                  <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
                    <Anchor component={Link} to={`/webhooks/${endpoint.id}`}>
                      {endpoint.url}
                    </Anchor>
                    {endpoint.description && (
                      <Text size="xs" c="dimmed">
                        {endpoint.description}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{endpoint.eventTypes?.length ? `${endpoint.eventTypes.length} event types` : 'All events'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={ENDPOINT_STATUS_COLORS[endpoint.status]} variant="light">
                      {ENDPOINT_STATUS_LABELS[endpoint.status]}
                    </Badge>
                    {endpoint.failingSince && (
                      <Text size="xs" c="red">
                        Failing since {formatDate(endpoint.failingSince)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(endpoint.createdAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <ShowMore list={list} noun="endpoints" />}
      <EndpointDialog
        mode={adding ? { kind: 'create', environment } : null}
        onClose={() => {
          setAdding(false);
          // Once the secret is saved, open the new endpoint to send it a test event.
          if (createdId) void navigate(`/webhooks/${createdId}`);
        }}
        onCreated={(id) => {
          setCreatedId(id);
          list.refresh();
        }}
      />
    </Stack>
  );
}

