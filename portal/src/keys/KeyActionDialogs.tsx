import { Alert, Button, Group, Modal, NativeSelect, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { renderLabelledPill } from '../app/LabelledPill';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { SecretReveal } from '../app/SecretReveal';
import type { ApiKeyFieldsFragment } from '../gql/graphql';
import { DeleteApiKeyMutation, RevokeApiKeyMutation, RotateApiKeyMutation } from './documents';
import { NextStepPanel } from './NextStepPanel';

type Key = ApiKeyFieldsFragment;

const HOUR = 3600;
export const GRACE_OPTIONS = [
  { value: '0', label: 'Revoke the old key now' },
  { value: String(HOUR), label: 'Keep it working for 1 hour' },
  { value: String(24 * HOUR), label: 'Keep it working for 24 hours' },
  { value: String(48 * HOUR), label: 'Keep it working for 48 hours (recommended)' },
  { value: String(7 * 24 * HOUR), label: 'Keep it working for 7 days' },
];

/** Roll a key: a successor with the same name and scopes; the old one lives on for the chosen grace period. */
export function RollKeyDialog({ apiKey, onClose }: { apiKey: Key | null; onClose: () => void }) {
  const [grace, setGrace] = useState(String(48 * HOUR));
  const [notifyEmails, setNotifyEmails] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [rolled, setRolled] = useState<{ secret: string; apiKey: Key } | null>(null);
  const [{ fetching }, rotate] = useMutation(RotateApiKeyMutation);
  const close = () => {
    setRolled(null);
    setError(null);
    setGrace(String(48 * HOUR));
    setNotifyEmails([]);
    onClose();
  };
  const submit = async () => {
    if (!apiKey) return;
    setError(null);
    const result = await rotate({ id: apiKey.id, gracePeriodSeconds: Number(grace), notifyEmails });
    if (result.error) setError(actionErrorMessage(result.error));
    else if (result.data) setRolled(result.data.rotateApiKey);
  };
  return (
    <Modal opened={apiKey !== null} onClose={close} title={rolled ? 'Your rolled API key' : `Roll “${apiKey?.name ?? ''}”`} size="lg" closeOnClickOutside={!rolled}>
      {rolled ? (
        <Stack>
          <SecretReveal label="API key" secret={rolled.secret} />
          <NextStepPanel secret={rolled.secret} apiKey={rolled.apiKey} />
          <Group justify="flex-end">
            <Button onClick={close}>I have saved my key</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            A new key with the same name and scopes replaces <code>{apiKey ? `${apiKey.prefix}…${apiKey.last4}` : ''}</code>. Deploy
            the new key, then let the old one expire.
          </Text>
          <NativeSelect label="The old key" data={GRACE_OPTIONS} value={grace} onChange={(e) => setGrace(e.currentTarget.value)} />
          <TagsInput
            renderPill={renderLabelledPill}
            label="Email about the roll"
            description="Up to 10 addresses, Enter after each: told now, and once more when the old key stops working."
            placeholder="security@example.com"
            splitChars={[',', ' ']}
            maxTags={10}
            value={notifyEmails}
            onChange={setNotifyEmails}
          />
          {error && (
            <Alert color="red" role="alert" title="The key was not rolled">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={() => void submit()} loading={fetching}>
              Roll key
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Revoke at once: the next request with the key is refused. */
export function RevokeKeyDialog({ apiKey, onClose }: { apiKey: Key | null; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, revoke] = useMutation(RevokeApiKeyMutation);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!apiKey) return;
    const result = await revoke({ id: apiKey.id, reason: reason.trim() || null });
    if (result.error) {
      setError(actionErrorMessage(result.error));
      return;
    }
    notifications.show({ color: 'green', message: `“${apiKey.name}” was revoked.` });
    close();
  };
  return (
    <Modal opened={apiKey !== null} onClose={close} title={`Revoke “${apiKey?.name ?? ''}”?`}>
      <Stack>
        <Text size="sm">
          Requests with <code>{apiKey ? `${apiKey.prefix}…${apiKey.last4}` : ''}</code> are refused from now on. This cannot be undone.
        </Text>
        <TextInput label="Reason (optional)" placeholder="Leaked in a log file" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        {error && (
          <Alert color="red" role="alert" title="The key was not revoked">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void submit()} loading={fetching}>
            Revoke key
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Delete removes the key from the list (it is revoked first if it was not). */
export function DeleteKeyDialog({ apiKey, onClose }: { apiKey: Key | null; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, remove] = useMutation(DeleteApiKeyMutation);
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!apiKey) return;
    const result = await remove({ id: apiKey.id }, { additionalTypenames: ['APIKey'] });
    if (result.error) {
      setError(actionErrorMessage(result.error));
      return;
    }
    notifications.show({ message: `“${apiKey.name}” was deleted.` });
    close();
  };
  return (
    <Modal opened={apiKey !== null} onClose={close} title={`Delete “${apiKey?.name ?? ''}”?`}>
      <Stack>
        <Text size="sm">The key stops working and disappears from this list. Its audit entries are kept.</Text>
        {error && (
          <Alert color="red" role="alert" title="The key was not deleted">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void submit()} loading={fetching}>
            Delete key
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
