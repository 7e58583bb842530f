import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { renderLabelledPill } from '../app/LabelledPill';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import type { ApiKeyCurrencyType, ApiKeyFieldsFragment, UpdateApiKeyInput } from '../gql/graphql';
import { KeyFormOptionsQuery, UpdateApiKeyMutation } from './documents';
import { grantableScopes } from './keyForm';

type Key = ApiKeyFieldsFragment & { application?: { id: string; name: string } | null };

export interface EditKeyValues {
  name: string;
  scopes: string[];
  ipAllowlist: string[];
  allowedOrigins: string[];
  /** yyyy-mm-dd, or '' for never. */
  expiresOn: string;
  currencyType: ApiKeyCurrencyType;
}

const FIELDS = ['name', 'scopes', 'ipAllowlist', 'allowedOrigins', 'expiresOn', 'currencyType'] as const;

export function editValues(key: Key): EditKeyValues {
  return {
    name: key.name,
    scopes: key.scopes,
    ipAllowlist: key.ipAllowlist ?? [],
    allowedOrigins: key.allowedOrigins ?? [],
    expiresOn: key.expiresAt ? toDateInput(key.expiresAt) : '',
    currencyType: key.currencyType,
  };
}

/** Only what changed, so an edit never widens or resets a field by accident. */
export function toUpdateInput(key: Key, values: EditKeyValues): UpdateApiKeyInput {
  const before = editValues(key);
  const input: UpdateApiKeyInput = {};
  if (values.name.trim() !== before.name) input.name = values.name.trim();
  if (!sameSet(values.scopes, before.scopes)) input.scopes = values.scopes;
  if (!sameSet(values.ipAllowlist, before.ipAllowlist)) input.ipAllowlist = values.ipAllowlist;
  if (values.currencyType !== before.currencyType) input.currencyType = values.currencyType;
  if (key.kind === 'PUBLISHABLE' && !sameSet(values.allowedOrigins, before.allowedOrigins)) input.allowedOrigins = values.allowedOrigins;
  if (values.expiresOn !== before.expiresOn) {
    if (values.expiresOn === '') input.clearExpiry = true;
    else input.expiresAt = new Date(`${values.expiresOn}T23:59:59`).toISOString();
  }
  return input;
}

/** Edit a key's name, scopes (within what its application allows), allowlists and expiry. */
export function EditKeyDialog({ apiKey, onClose }: { apiKey: Key | null; onClose: () => void }) {
  return (
    <Modal opened={apiKey !== null} onClose={onClose} title={`Edit “${apiKey?.name ?? ''}”`} size="lg">
      {apiKey && <EditKeyForm key={apiKey.id} apiKey={apiKey} onDone={onClose} />}
    </Modal>
  );
}

function EditKeyForm({ apiKey, onDone }: { apiKey: Key; onDone: () => void }) {
  const [options] = useQuery({ query: KeyFormOptionsQuery });
  const [{ fetching }, update] = useMutation(UpdateApiKeyMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EditKeyValues>({
    mode: 'controlled',
    initialValues: editValues(apiKey),
    validate: {
      name: (v) => (v.trim() ? null : 'Give the key a name.'),
      scopes: (v) => (v.length ? null : 'Choose at least one scope.'),
      expiresOn: (v) => (v && Date.parse(`${v}T23:59:59`) <= Date.now() ? 'Choose a date in the future.' : null),
    },
  });
  const applications = (options.data?.applications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const application = applications.find((a) => a.id === apiKey.application?.id) ?? applications.find((a) => a.isDefault);
  const grantable = options.data ? grantableScopes(application, apiKey.kind, options.data.scopes) : [];
  // Scopes the key holds that are no longer offered stay visible so they can be removed.
  const names = [...new Set([...grantable.map((s) => s.name), ...apiKey.scopes])];

  const submit = async (values: EditKeyValues) => {
    setFormError(null);
    const input = toUpdateInput(apiKey, values);
    if (Object.keys(input).length === 0) {
      onDone();
      return;
    }
    const result = await update({ id: apiKey.id, input });
    if (result.error) {
      const { fieldErrors } = interpretError(result.error, FIELDS);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError(actionErrorMessage(result.error));
      return;
    }
    notifications.show({ color: 'green', message: `“${values.name.trim()}” was saved.` });
    onDone();
  };

  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert" title="The key was not saved">
            {formError}
          </Alert>
        )}
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <Checkbox.Group label="Scopes" {...form.getInputProps('scopes')}>
          <Stack gap={4} mt={6}>
            {names.map((name) => (
              <Checkbox
                key={name}
                value={name}
                label={<code>{name}</code>}
                description={grantable.find((s) => s.name === name)?.description ?? 'No longer offered to this key.'}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          type="date"
          label="Expires on"
          description="Leave empty for a key that never expires."
          {...form.getInputProps('expiresOn')}
        />
        <NativeSelect
          label="Currency type"
          description="The money the key’s transactions are in: ISO 4217 codes (fiat) or crypto asset codes."
          data={[
            { value: 'FIAT', label: 'Fiat' },
            { value: 'CRYPTO', label: 'Crypto' },
          ]}
          {...form.getInputProps('currencyType')}
        />
        <TagsInput renderPill={renderLabelledPill} label="IP allowlist" placeholder="203.0.113.0/24" splitChars={[',', ' ']} clearable {...form.getInputProps('ipAllowlist')} />
        {apiKey.kind === 'PUBLISHABLE' && (
          <TagsInput renderPill={renderLabelledPill} label="Allowed origins" placeholder="https://shop.example.com" splitChars={[',', ' ']} {...form.getInputProps('allowedOrigins')} />
        )}
        <Text size="xs" c="dimmed">
          Changes apply to the next request made with the key.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function toDateInput(instant: string): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
