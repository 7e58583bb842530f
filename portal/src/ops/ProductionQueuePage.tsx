import { Badge, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { INDUSTRY_LABELS, KYC_STATUS_COLORS, KYC_STATUS_LABELS, formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { ShowMore } from '../app/ShowMore';
import type { ProductionQueueQuery as ProductionQueueResult } from '../gql/graphql';
import { Facts } from '../verifications/CaseSections';
import { ProductionQueueQuery, ReviewApplicationMutation } from './documents';
import { ReviewForm } from './ReviewForm';

type Request = NonNullable<NonNullable<NonNullable<ProductionQueueResult['staffApplications']['edges']>[number]>['node']>;

/** Applications waiting for production access, oldest first. */
export function ProductionQueuePage() {
  const list = usePagedQuery({
    query: ProductionQueueQuery,
    variables: {},
    connection: (d: ProductionQueueResult) => d.staffApplications,
    pageSize: 20,
  });
  const { data, fetching, error } = list.first;
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1} size="h2">
          Production access
        </Title>
        <Text c="dimmed">Applications that asked for production access. Approving lets their organization use live keys with them.</Text>
      </div>
      {!data && fetching ? (
        <PageLoader label="Loading the production-access queue…" />
      ) : !data ? (
        <LoadError title="The production-access queue could not be loaded" error={error} onRetry={list.refresh} />
      ) : list.nodes.length === 0 ? (
        <EmptyState title="No application waits for production access" description="New requests appear here." />
      ) : (
        list.nodes.map((a) => <AccessRequest key={a.id} a={a} />)
      )}
      {data && <ShowMore list={list} noun="requests" />}
    </Stack>
  );
}

function AccessRequest({ a }: { a: Request }) {
  const [{ fetching }, review] = useMutation(ReviewApplicationMutation);
  const headingId = `app-${a.id}`;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={headingId}>
          {a.name} <Text span c="dimmed" inherit fw={400}>· {a.organization.name}</Text>
        </Title>
        <Badge variant="light" color={KYC_STATUS_COLORS[a.organization.kycStatus]}>
          KYC: {KYC_STATUS_LABELS[a.organization.kycStatus]}
        </Badge>
      </Group>
      <Facts
        label={`Production access request of ${a.name}`}
        rows={[
          ['Description', a.description || '—'],
          ['Industry', INDUSTRY_LABELS[a.industry]],
          ['Regulatory category', a.regulatoryCategory || '—'],
          ['Expected monthly volume', a.expectedMonthlyVolume.toLocaleString()],
          ['Modules', (a.requiredModules ?? []).join(', ') || '—'],
          ['Requested', formatDateTime(a.updatedAt)],
        ]}
      />
      <ReviewForm
        subject={a.name}
        busy={fetching}
        onDecide={async (decision, reason) => {
          const result = await review({ id: a.id, decision, reason: reason || null }, { additionalTypenames: ['Application'] });
          if (result.error) return actionErrorMessage(result.error);
          notifications.show({ color: 'green', message: `${a.name}: production access ${decision === 'APPROVE' ? 'approved' : 'rejected'}.` });
          return null;
        }}
      />
    </Card>
  );
}
