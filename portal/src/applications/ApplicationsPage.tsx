import { Anchor, Badge, Button, EmptyState, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { INDUSTRY_LABELS } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { ShowMore } from '../app/ShowMore';
import type { ApplicationsQuery as ApplicationsResult } from '../gql/graphql';
import { ApplicationForm } from './ApplicationForm';
import { formValues } from './applicationForm';
import { ApplicationsQuery, CreateApplicationMutation } from './documents';
import { APPLICATION_STATUS_COLORS, APPLICATION_STATUS_LABELS } from './labels';

export function ApplicationsPage() {
  const list = usePagedQuery({ query: ApplicationsQuery, variables: {}, connection: (d: ApplicationsResult) => d.applications });
  const { data, fetching, error } = list.first;
  const [, create] = useMutation(CreateApplicationMutation);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const apps = list.nodes;

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Applications
          </Title>
          <Text c="dimmed">An application is one product of yours: its keys, callback URLs, allowlist and production access.</Text>
        </div>
        <Button onClick={() => setCreating(true)}>New application</Button>
      </Group>
      {!data && fetching ? (
        <PageLoader label="Loading your applications…" />
      ) : !data ? (
        <LoadError title="Your applications could not be loaded" error={error} onRetry={list.refresh} />
      ) : apps.length === 0 ? (
        <EmptyState title="No applications" description="Create one to issue keys for it.">
          <EmptyState.Actions>
            <Button onClick={() => setCreating(true)}>New application</Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover aria-label="Applications">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Industry</Table.Th>
                <Table.Th scope="col">Expected volume</Table.Th>
                <Table.Th scope="col">Suggested tier</Table.Th>
                <Table.Th scope="col">Production access</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {apps.map((app) => (
                <Table.Tr key={app.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/applications/${app.id}`}>
                      {app.name}
                    </Anchor>
                    {app.isDefault && (
                      <Badge ml="xs" size="xs" variant="outline">
                        Default
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{INDUSTRY_LABELS[app.industry]}</Table.Td>
                  <Table.Td>{app.expectedMonthlyVolume.toLocaleString()} / month</Table.Td>
                  <Table.Td>{app.suggestedTier.name}</Table.Td>
                  <Table.Td>
                    <Badge color={APPLICATION_STATUS_COLORS[app.status]} variant="light">
                      {APPLICATION_STATUS_LABELS[app.status]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <ShowMore list={list} noun="applications" />}
      <Modal opened={creating} onClose={() => setCreating(false)} title="New application" size="lg">
        {creating && (
          <ApplicationForm
            initialValues={formValues(null, apps[0]?.industry ?? '')}
            submitLabel="Create application"
            onCancel={() => setCreating(false)}
            onSubmit={async (input) => {
              const result = await create({ input });
              if (result.data) {
                setCreating(false);
                void navigate(`/applications/${result.data.createApplication.id}`);
              }
              return result;
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
