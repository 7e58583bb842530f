import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { errorCode } from '../app/graphqlErrors';
import {
  INDUSTRY_LABELS,
  KYC_STATUS_COLORS,
  KYC_STATUS_LABELS,
  ROLE_LABELS,
  formatDateTime,
} from '../app/labels';
import { PageLoader } from '../app/PageLoader';
import type { DashboardViewerQuery } from '../gql/graphql';
import { Checklist, RecentActivity } from './Checklist';
import { DashboardViewerQuery as ViewerDocument } from './documents';

type Membership = NonNullable<NonNullable<DashboardViewerQuery['viewer']>['memberships']>[number];

export function DashboardPage() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ViewerDocument, requestPolicy: 'cache-and-network' });
  const viewer = data?.viewer;

  if (!data && fetching) return <PageLoader label="Loading your account…" />;
  if (!viewer) {
    const code = errorCode(error);
    return (
      <Alert color="red" title="Your account could not be loaded" role="alert" maw={640}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            {code === 'network'
              ? 'We cannot reach KeyBS right now. Check your connection and try again.'
              : 'Something went wrong while loading your account. Please try again.'}
          </Text>
          <Button size="xs" variant="default" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }

  const memberships = viewer.memberships ?? [];
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1} size="h2">
          Welcome, {viewer.name}
        </Title>
        <Text c="dimmed">Your developer account and organization at a glance.</Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Checklist tenant={memberships[0]?.tenant ?? { kycStatus: 'NOT_STARTED', termsAcceptedAt: null }} />
        <RecentActivity />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="profile-heading">
          <Title order={2} size="h4" id="profile-heading" mb="sm">
            Your profile
          </Title>
          <Facts
            rows={[
              ['Name', viewer.name],
              ['Email', viewer.email],
            ]}
          />
        </Card>
        {memberships.length === 0 ? (
          <Card withBorder radius="md" padding="lg" component="section">
            <Title order={2} size="h4" mb="sm">
              Organization
            </Title>
            <Text c="dimmed">You are not a member of any organization yet.</Text>
          </Card>
        ) : (
          memberships.map((membership) => <OrganizationCard key={membership.id} membership={membership} />)
        )}
      </SimpleGrid>
    </Stack>
  );
}

function OrganizationCard({ membership }: { membership: Membership }) {
  const { tenant } = membership;
  const headingId = `org-${tenant.id}-heading`;
  const terms = tenant.termsAcceptedAt
    ? `Accepted${tenant.termsVersion ? ` (version ${tenant.termsVersion})` : ''} on ${formatDateTime(tenant.termsAcceptedAt)}`
    : 'Not accepted';
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4" id={headingId}>
          {tenant.name}
        </Title>
        <Badge variant="light">{ROLE_LABELS[membership.role]}</Badge>
      </Group>
      <Facts
        rows={[
          ['Organization', tenant.name],
          ['Industry', INDUSTRY_LABELS[tenant.industry]],
          ['Your role', ROLE_LABELS[membership.role]],
          [
            'KYC status',
            <Badge key="kyc" color={KYC_STATUS_COLORS[tenant.kycStatus]} variant="light">
              {KYC_STATUS_LABELS[tenant.kycStatus]}
            </Badge>,
          ],
          ['API Terms of Service', terms],
        ]}
      />
    </Card>
  );
}

function Facts({ rows }: { rows: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={170} fw={500} c="dimmed">
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
