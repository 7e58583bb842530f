import { Card, EmptyState, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { INDUSTRY_LABELS, formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePagedQuery } from '../app/pagination';
import { ShowMore } from '../app/ShowMore';
import type { KycQueueQuery as KycQueueResult } from '../gql/graphql';
import { Facts } from '../verifications/CaseSections';
import { KycQueueQuery, ReviewKycMutation } from './documents';
import { ReviewForm } from './ReviewForm';

type Submission = NonNullable<NonNullable<NonNullable<KycQueueResult['staffTenants']['edges']>[number]>['node']>;

/** Organizations whose KYC/AML details wait for review, oldest first. */
export function KycQueuePage() {
  const list = usePagedQuery({ query: KycQueueQuery, variables: {}, connection: (d: KycQueueResult) => d.staffTenants, pageSize: 20 });
  const { data, fetching, error } = list.first;
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1} size="h2">
          KYC reviews
        </Title>
        <Text c="dimmed">Organizations that submitted their KYC/AML details. Approving lets them create live keys.</Text>
      </div>
      {!data && fetching ? (
        <PageLoader label="Loading the KYC queue…" />
      ) : !data ? (
        <LoadError title="The KYC queue could not be loaded" error={error} onRetry={list.refresh} />
      ) : list.nodes.length === 0 ? (
        <EmptyState title="No KYC submissions wait for review" description="New submissions appear here." />
      ) : (
        list.nodes.map((t) => <KycSubmission key={t.id} t={t} />)
      )}
      {data && <ShowMore list={list} noun="submissions" />}
    </Stack>
  );
}

function KycSubmission({ t }: { t: Submission }) {
  const [{ fetching }, review] = useMutation(ReviewKycMutation);
  const headingId = `kyc-${t.id}`;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t.name}
      </Title>
      <Facts
        label={`KYC details of ${t.name}`}
        rows={[
          ['Legal name', t.kycLegalName ?? '—'],
          ['Registration number', t.kycRegistrationNumber ?? '—'],
          ['Country', t.kycCountry ?? '—'],
          ['Address', t.kycAddress ?? '—'],
          ['Contact', [t.kycContactName, t.kycContactEmail].filter(Boolean).join(', ') || '—'],
          ['Industry', INDUSTRY_LABELS[t.industry]],
          ['Submitted', t.kycSubmittedAt ? formatDateTime(t.kycSubmittedAt) : '—'],
        ]}
      />
      <ReviewForm
        subject={t.name}
        busy={fetching}
        onDecide={async (decision, reason) => {
          const result = await review({ tenantId: t.id, decision, reason: reason || null }, { additionalTypenames: ['Tenant'] });
          if (result.error) return actionErrorMessage(result.error);
          notifications.show({ color: 'green', message: `${t.name}: KYC ${decision === 'APPROVE' ? 'approved' : 'rejected'}.` });
          return null;
        }}
      />
    </Card>
  );
}
