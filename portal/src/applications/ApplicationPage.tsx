import { Alert, Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { ApplicationForm } from './ApplicationForm';
import { formValues } from './applicationForm';
import { ApplicationQuery, ArchiveApplicationMutation, UpdateApplicationMutation } from './documents';
import { ProductionAccess } from './ProductionAccess';

export function ApplicationPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ApplicationQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [, update] = useMutation(UpdateApplicationMutation);
  const [{ fetching: archiving }, archive] = useMutation(ArchiveApplicationMutation);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [archiveError, setArchiveError] = useState<string | null>(null);

  if (!data && fetching) return <PageLoader label="Loading the application…" />;
  if (!data) return <LoadError title="The application could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const app = data.application;
  if (!app) {
    return (
      <Stack maw={640}>
        <Alert color="yellow" title="Application not found" />
        <Anchor component={Link} to="/applications">
          Back to applications
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/applications" size="sm">
        ← All applications
      </Anchor>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {app.name}
          {app.isDefault && (
            <Badge ml="sm" variant="outline" size="sm">
              Default
            </Badge>
          )}
        </Title>
        {!app.isDefault && (
          <Button variant="default" color="red" onClick={() => setConfirmArchive(true)}>
            Archive…
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Card withBorder padding="lg" style={{ gridColumn: 'span 2' }} component="section" aria-labelledby="profile-heading">
          <Title order={2} size="h4" id="profile-heading" mb="sm">
            Profile
          </Title>
          <ApplicationForm
            key={app.id}
            initialValues={formValues(app)}
            submitLabel="Save changes"
            onSubmit={async (input) => {
              const result = await update({ id: app.id, input });
              if (!result.error) notifications.show({ color: 'green', message: 'The application was saved.' });
              return result;
            }}
          />
        </Card>
        <Stack gap="lg">
          <Card withBorder padding="lg" component="section" aria-labelledby="production-heading">
            <Title order={2} size="h4" id="production-heading" mb="xs">
              Production access
            </Title>
            <Text size="sm" mb="sm">
              Unlocks live keys for this application, once your organization’s KYC is verified too.
            </Text>
            <ProductionAccess application={app} />
          </Card>
          <Card withBorder padding="lg" component="section" aria-labelledby="scopes-heading">
            <Title order={2} size="h4" id="scopes-heading" mb="xs">
              Scopes its keys may hold
            </Title>
            <Group gap={6}>
              {app.allowedScopes.map((s) => (
                <Badge key={s} variant="light" color="gray" tt="none">
                  {s}
                </Badge>
              ))}
            </Group>
          </Card>
        </Stack>
      </SimpleGrid>
      <Modal opened={confirmArchive} onClose={() => setConfirmArchive(false)} title={`Archive “${app.name}”?`}>
        <Stack>
          <Text size="sm">The application is hidden and no new keys can be made for it.</Text>
          {archiveError && (
            <Alert color="red" role="alert">
              {archiveError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmArchive(false)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={archiving}
              onClick={() =>
                void archive({ id: app.id }).then((result) => {
                  if (result.error) setArchiveError(actionErrorMessage(result.error));
                  else void navigate('/applications');
                })
              }
            >
              Archive
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
