import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useId, useState } from 'react';

export type Decision = 'APPROVE' | 'REJECT';

/**
 * Approve or reject with a reason (required to reject: the partner reads
 * it). The server's refusal is shown under the buttons that sent it.
 */
export function ReviewForm({ subject, onDecide, busy }: { subject: string; onDecide: (decision: Decision, reason: string) => Promise<string | null>; busy: boolean }) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const decide = async (decision: Decision) => {
    setError(null);
    if (decision === 'REJECT' && !reason.trim()) {
      setReasonError('Say why it is rejected: the organization reads this.');
      return;
    }
    setReasonError(null);
    setError(await onDecide(decision, reason.trim()));
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={`Reason (${subject})`}
        description="Required to reject; optional to approve."
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={reasonError}
      />
      <Group gap="sm">
        <Button color="teal" onClick={() => void decide('APPROVE')} loading={busy} aria-describedby={error ? errorId : undefined}>
          Approve
        </Button>
        <Button color="red" variant="light" onClick={() => void decide('REJECT')} loading={busy} aria-describedby={error ? errorId : undefined}>
          Reject
        </Button>
        {error && (
          <Text size="sm" c="red" id={errorId} role="alert">
            {error}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
