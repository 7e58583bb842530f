import { Alert, Anchor, SimpleGrid, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { useStaffRole } from '../auth/SessionContext';
import { CaseFacts, CaseHeader, DocumentsSection, ReportSection, RfiSection, TimelineSection } from '../verifications/CaseSections';
import { VerificationChangedSubscription } from '../verifications/documents';
import { StaffCaseQuery } from './documents';
import { StaffActions } from './StaffActions';

/** A case as staff review it: the actions their role allows first, then everything the partner sees. */
export function StaffCasePage() {
  const { id = '' } = useParams();
  const role = useStaffRole();
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffCaseQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  // The partner answers, another analyst acts: each step is pushed.
  useSubscription({ query: VerificationChangedSubscription, variables: { caseId: id } }, (_, event) => {
    refetch({ requestPolicy: 'network-only' });
    return event;
  });
  const c = data?.verificationCase;
  if (!data && fetching) return <PageLoader label="Loading the case…" />;
  if (!data) return <LoadError title="The case could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!c) {
    return (
      <Stack maw={640}>
        <Alert color="yellow" title="Case not found">
          Check the address, or pick the case from the queue.
        </Alert>
        <Anchor component={Link} to="/ops">
          Back to the case queue
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to="/ops" size="sm">
        ← Case queue
      </Anchor>
      <CaseHeader c={c} />
      <StaffActions c={c} role={role} />
      <RfiSection c={c} />
      <ReportSection c={c} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <CaseFacts c={c} organization={c.organization.name} />
        <TimelineSection c={c} />
      </SimpleGrid>
      <DocumentsSection c={c} />
    </Stack>
  );
}
