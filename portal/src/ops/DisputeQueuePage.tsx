import { Button, Card, EmptyState, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import type { DisputeOutcome, DisputeQueueQuery as DisputeQueueResult } from '../gql/graphql';
import { Facts } from '../verifications/CaseSections';
import { DisputeQueueQuery, ResolveDisputeMutation } from './documents';

type Dispute = DisputeQueueResult['staffDisputes'][number];

/** Disputes that wait for a decision, newest first: open ones, then those under review. */
export function DisputeQueuePage() {
  const [open, refreshOpen] = useQuery({ query: DisputeQueueQuery, variables: { status: 'OPEN' } });
  const [review, refreshReview] = useQuery({ query: DisputeQueueQuery, variables: { status: 'UNDER_REVIEW' } });
  const retry = () => {
    refreshOpen({ requestPolicy: 'network-only' });
    refreshReview({ requestPolicy: 'network-only' });
  };
  const disputes = [...(open.data?.staffDisputes ?? []), ...(review.data?.staffDisputes ?? [])];
  const error = open.error ?? review.error;
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1} size="h2">
          Disputes
        </Title>
        <Text c="dimmed">Partners&apos; disputes against escrows and checked transactions. Won refunds a disputed escrow to the buyer; lost releases it to the seller.</Text>
      </div>
      {(!open.data || !review.data) && !error ? (
        <PageLoader label="Loading the dispute queue…" />
      ) : error ? (
        <LoadError title="The dispute queue could not be loaded" error={error} onRetry={retry} />
      ) : disputes.length === 0 ? (
        <EmptyState title="No disputes wait for a decision" description="New disputes appear here." />
      ) : (
        disputes.map((d) => <DisputeCard key={d.id} d={d} />)
      )}
    </Stack>
  );
}

const REASONS: Record<Dispute['reason'], string> = {
  FRAUDULENT: 'Fraudulent',
  PRODUCT_NOT_RECEIVED: 'Product not received',
  PRODUCT_UNACCEPTABLE: 'Product unacceptable',
  DUPLICATE: 'Duplicate',
  OTHER: 'Other',
};

function DisputeCard({ d }: { d: Dispute }) {
  const [{ fetching }, resolve] = useMutation(ResolveDisputeMutation);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const headingId = `dispute-${d.id}`;
  const decide = async (outcome: DisputeOutcome) => {
    setError(null);
    const result = await resolve({ id: d.id, outcome, note: note.trim() || null }, { additionalTypenames: ['Dispute'] });
    if (result.error) {
      setError(actionErrorMessage(result.error));
      return;
    }
    notifications.show({ color: 'green', message: `${d.id}: ${outcome === 'WON' ? 'won, the escrow is refunded' : 'lost, the escrow is released'}.` });
  };
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {d.id}
      </Title>
      <Facts
        label={`Details of dispute ${d.id}`}
        rows={[
          ['Organization', d.tenantId],
          ['Environment', d.environment === 'LIVE' ? 'Live' : 'Test'],
          ['Status', d.status === 'OPEN' ? 'Open' : 'Under review'],
          ['Reason', REASONS[d.reason]],
          ['Disputed', d.escrowId ? `Escrow ${d.escrowId}` : `Transaction check ${d.transactionCheckId ?? '—'}`],
          ['Description', d.description || '—'],
          ['Reference', d.reference ?? '—'],
          ['Opened', formatDateTime(d.createdAt)],
        ]}
      />
      <Stack gap="xs" mt="sm">
        <Textarea label={`Note to the partner (${d.id})`} description="Optional." autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group gap="sm">
          <Button color="teal" onClick={() => void decide('WON')} loading={fetching} aria-describedby={error ? errorId : undefined}>
            Won (refund the buyer)
          </Button>
          <Button color="red" variant="light" onClick={() => void decide('LOST')} loading={fetching} aria-describedby={error ? errorId : undefined}>
            Lost (release to the seller)
          </Button>
          {error && (
            <Text size="sm" c="red" id={errorId} role="alert">
              {error}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
