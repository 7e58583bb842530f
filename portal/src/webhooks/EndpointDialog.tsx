import { Alert, Button, Checkbox, Group, Modal, ScrollArea, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { EnvironmentBadge } from '../app/environment';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { SecretReveal } from '../app/SecretReveal';
import type { EndpointFieldsFragment, Environment } from '../gql/graphql';
import { CreateEndpointMutation, EventTypesQuery, UpdateEndpointMutation } from './documents';

export interface EndpointFormValues {
  url: string;
  description: string;
  allEvents: boolean;
  eventTypes: string[];
}

const FIELDS = ['url', 'description', 'eventTypes'] as const;

export function validateEndpoint(values: EndpointFormValues, environment: Environment): Partial<Record<keyof EndpointFormValues, string>> {
  const errors: Partial<Record<keyof EndpointFormValues, string>> = {};
  let url: URL | null = null;
  try {
    url = new URL(values.url.trim());
  } catch {
    errors.url = 'Enter the full URL, e.g. https://example.com/webhooks/keybs.';
  }
  if (url && url.protocol !== 'https:' && url.protocol !== 'http:') errors.url = 'Use an http or https URL.';
  else if (url && environment === 'LIVE' && url.protocol !== 'https:') errors.url = 'Live endpoints must use https.';
  if (!values.allEvents && values.eventTypes.length === 0) errors.eventTypes = 'Pick at least one event type, or receive all of them.';
  return errors;
}

type Mode = { kind: 'create'; environment: Environment } | { kind: 'edit'; endpoint: EndpointFieldsFragment };

/** Add or edit an endpoint. A new endpoint's signing secret is shown once. */
export function EndpointDialog({ mode, onClose, onCreated }: { mode: Mode | null; onClose: () => void; onCreated?: (id: string) => void }) {
  const [secret, setSecret] = useState<string | null>(null);
  const close = () => {
    setSecret(null);
    onClose();
  };
  const title = secret ? 'Your endpoint’s signing secret' : mode?.kind === 'edit' ? 'Edit endpoint' : 'Add an endpoint';
  return (
    <Modal opened={mode !== null} onClose={close} title={title} size="lg" closeOnClickOutside={!secret}>
      {secret ? (
        <Stack>
          <SecretReveal label="signing secret" secret={secret} storage="encrypted" />
          <Text size="sm">
            Verify the <code>X-KeyBS-Signature</code> header (or the Standard Webhooks <code>webhook-signature</code>) of every
            delivery with this secret before trusting it.
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>I have saved the secret</Button>
          </Group>
        </Stack>
      ) : (
        mode && (
          <EndpointForm
            mode={mode}
            onCancel={close}
            onSaved={(result) => {
              if (result.secret) {
                setSecret(result.secret);
                onCreated?.(result.id);
              } else close();
            }}
          />
        )
      )}
    </Modal>
  );
}

function EndpointForm({ mode, onCancel, onSaved }: { mode: Mode; onCancel: () => void; onSaved: (r: { id: string; secret?: string }) => void }) {
  const [types, refetchTypes] = useQuery({ query: EventTypesQuery });
  const [{ fetching: creating }, create] = useMutation(CreateEndpointMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateEndpointMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const environment = mode.kind === 'edit' ? mode.endpoint.environment : mode.environment;
  const existing = mode.kind === 'edit' ? mode.endpoint : null;
  const form = useForm<EndpointFormValues>({
    mode: 'controlled',
    initialValues: {
      url: existing?.url ?? '',
      description: existing?.description ?? '',
      allEvents: !existing?.eventTypes?.length,
      eventTypes: existing?.eventTypes ?? [],
    },
    validate: (values) => validateEndpoint(values, environment),
  });

  const submit = async (values: EndpointFormValues) => {
    setFormError(null);
    const common = {
      url: values.url.trim(),
      description: values.description.trim() || null,
      eventTypes: values.allEvents ? [] : values.eventTypes,
    };
    const result = existing
      ? await update({ id: existing.id, input: common })
      : await create({ input: { ...common, environment } });
    if (result.error) {
      const { fieldErrors } = interpretError(result.error, FIELDS);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError(actionErrorMessage(result.error));
      return;
    }
    const data = result.data;
    if (data && 'createWebhookEndpoint' in data) onSaved({ id: data.createWebhookEndpoint.endpoint.id, secret: data.createWebhookEndpoint.secret });
    else onSaved({ id: existing?.id ?? '' });
  };

  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert" title="The endpoint was not saved">
            {formError}
          </Alert>
        )}
        <Group gap="xs">
          <Text size="sm">Environment:</Text>
          <EnvironmentBadge env={environment} />
        </Group>
        <TextInput
          label="Endpoint URL"
          placeholder="https://example.com/webhooks/keybs"
          description={environment === 'TEST' ? 'Test endpoints may point at http://127.0.0.1 while you develop.' : 'Live endpoints must use https.'}
          required
          data-autofocus
          {...form.getInputProps('url')}
        />
        <TextInput label="Description (optional)" {...form.getInputProps('description')} />
        <Switch label="Receive every event type" {...form.getInputProps('allEvents', { type: 'checkbox' })} />
        {!form.values.allEvents &&
          (types.data ? (
            <Checkbox.Group label="Event types" {...form.getInputProps('eventTypes')}>
              <ScrollArea.Autosize mah={260} type="auto" mt={6}>
                <Stack gap={4}>
                  {types.data.eventTypes.map((t) => (
                    <Checkbox key={t.name} value={t.name} label={<code>{t.name}</code>} description={t.description} />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </Checkbox.Group>
          ) : types.error ? (
            <LoadError title="The event types could not be loaded" error={types.error} onRetry={() => refetchTypes({ requestPolicy: 'network-only' })} />
          ) : (
            <PageLoader label="Loading event types…" />
          ))}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={creating || updating}>
            {existing ? 'Save changes' : 'Add endpoint'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
