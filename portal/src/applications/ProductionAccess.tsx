import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { formatDateTime } from '../app/labels';
import type { ApplicationStatus } from '../gql/graphql';
import { RequestProductionAccessMutation } from './documents';
import { APPLICATION_STATUS_COLORS, APPLICATION_STATUS_LABELS } from './labels';

interface ProductionAccessProps {
  application: { id: string; name: string; status: ApplicationStatus; reviewReason?: string | null; reviewedAt?: string | null };
}

/** An application's production-access status and the button to ask for it. */
export function ProductionAccess({ application }: ProductionAccessProps) {
  const [{ fetching }, request] = useMutation(RequestProductionAccessMutation);
  const [error, setError] = useState<string | null>(null);
  const canRequest = application.status === 'DRAFT' || application.status === 'REJECTED';
  const submit = async () => {
    setError(null);
    const result = await request({ id: application.id });
    if (result.error) setError(actionErrorMessage(result.error));
  };
  return (
    <Stack gap={6}>
      <Group gap="xs" justify="space-between">
        <Badge color={APPLICATION_STATUS_COLORS[application.status]} variant="light">
          {APPLICATION_STATUS_LABELS[application.status]}
        </Badge>
        {canRequest && (
          <Button size="xs" onClick={() => void submit()} loading={fetching} aria-label={`Request production access for ${application.name}`}>
            {application.status === 'REJECTED' ? 'Request again' : 'Request production access'}
          </Button>
        )}
      </Group>
      {application.status === 'PENDING_REVIEW' && <Text size="sm">Our team reviews requests within two business days.</Text>}
      {application.reviewReason && (
        <Text size="sm" c={application.status === 'REJECTED' ? 'red' : 'dimmed'}>
          Reviewer’s note{application.reviewedAt ? ` (${formatDateTime(application.reviewedAt)})` : ''}: {application.reviewReason}
        </Text>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
