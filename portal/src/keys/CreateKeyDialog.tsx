import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Radio,
  SegmentedControl,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { renderLabelledPill } from '../app/LabelledPill';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { SecretReveal } from '../app/SecretReveal';
import type { ApiKeyKind, ApiKeyFieldsFragment, Environment } from '../gql/graphql';
import { CreateApiKeyMutation, KeyFormOptionsQuery } from './documents';
import {
  KEY_FORM_FIELDS,
  KIND_DESCRIPTIONS,
  KIND_LABELS,
  defaultScopes,
  grantableScopes,
  initialKeyForm,
  liveBlockedReason,
  toCreateInput,
  validateKeyForm,
  type FormApplication,
  type KeyFormValues,
  type ScopeInfo,
} from './keyForm';
import { rememberCreatedKey } from '../docs/sessionKey';
import { NextStepPanel } from './NextStepPanel';

interface CreateKeyDialogProps {
  opened: boolean;
  environment: Environment;
  onClose: () => void;
}

interface Created {
  secret: string;
  apiKey: ApiKeyFieldsFragment;
}

/** Create an API key; on success the secret is revealed once, with the first call to make. */
export function CreateKeyDialog({ opened, environment, onClose }: CreateKeyDialogProps) {
  const [created, setCreated] = useState<Created | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? 'Your new API key' : 'Create an API key'}
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack gap="md">
          <SecretReveal label="API key" secret={created.secret} />
          <NextStepPanel secret={created.secret} apiKey={created.apiKey} />
          <Group justify="flex-end">
            <Button onClick={close}>I have saved my key</Button>
          </Group>
        </Stack>
      ) : (
        opened && (
          <CreateKeyForm
            environment={environment}
            onCancel={close}
            onCreated={(c) => {
              // The API reference fills a test key into its samples, in this tab only.
              rememberCreatedKey(c.secret);
              setCreated(c);
            }}
          />
        )
      )}
    </Modal>
  );
}

function CreateKeyForm({
  environment,
  onCancel,
  onCreated,
}: {
  environment: Environment;
  onCancel: () => void;
  onCreated: (created: Created) => void;
}) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: KeyFormOptionsQuery, requestPolicy: 'cache-and-network' });
  if (!data && fetching) return <PageLoader label="Loading your applications…" />;
  if (!data) return <LoadError title="The key form could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const applications = (data.applications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (applications.length === 0) {
    return <Alert color="yellow">Create an application first: every key belongs to one.</Alert>;
  }
  return (
    <KeyForm
      environment={environment}
      applications={applications}
      plan={data.quota?.plan ?? null}
      catalog={data.scopes}
      onCancel={onCancel}
      onCreated={onCreated}
    />
  );
}

const EXPIRY_OPTIONS = [
  { value: 'never', label: 'Never' },
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In 1 year' },
  { value: 'custom', label: 'On a date…' },
];

export function KeyForm({
  environment,
  applications,
  plan = null,
  catalog,
  onCancel,
  onCreated,
}: {
  environment: Environment;
  applications: FormApplication[];
  plan?: { name: string; rateLimitPerMinute: number; monthlyQuota: number } | null;
  catalog: ScopeInfo[];
  onCancel: () => void;
  onCreated: (created: Created) => void;
}) {
  const [{ fetching }, createKey] = useMutation(CreateApiKeyMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  // A refusal's message sits right above the button; bring both into view
  // (the button last, so the message above it shows too).
  useEffect(() => {
    if (formError) submitRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [formError]);
  const form = useForm<KeyFormValues>({
    mode: 'controlled',
    initialValues: initialKeyForm(environment, applications, catalog),
    validate: (values) => validateKeyForm(values),
  });
  const { kind, applicationId } = form.values;
  const application = applications.find((a) => a.id === applicationId);
  const grantable = grantableScopes(application, kind, catalog);
  const liveBlocked = liveBlockedReason(application);

  // An application that cannot have live keys yet moves a LIVE choice back to TEST.
  useEffect(() => {
    if (liveBlocked && form.values.environment === 'LIVE') form.setFieldValue('environment', 'TEST');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [liveBlocked]);

  // A new kind or application has other grantable scopes: start again from all of them.
  useEffect(() => {
    form.setFieldValue('scopes', defaultScopes(application, kind, catalog));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, applicationId]);

  const submit = async (values: KeyFormValues) => {
    setFormError(null);
    const result = await createKey({ input: toCreateInput(values) });
    if (result.error) {
      const { fieldErrors } = interpretError(result.error, KEY_FORM_FIELDS);
      form.setErrors(fieldErrors);
      const fieldless = Object.keys(fieldErrors).length === 0;
      setFormError(fieldless ? actionErrorMessage(result.error) : null);
      return;
    }
    if (result.data) onCreated(result.data.createApiKey);
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} aria-busy={fetching}>
      <Stack gap="sm">
        <TextInput label="Name" placeholder="Checkout server" required data-autofocus {...form.getInputProps('name')} />
        {applications.length > 1 && (
          <NativeSelect
            label="Application"
            data={applications.map((a) => ({ value: a.id, label: a.name }))}
            {...form.getInputProps('applicationId')}
          />
        )}
        <Radio.Group label="Kind" {...form.getInputProps('kind')} onChange={(v) => form.setFieldValue('kind', v as ApiKeyKind)}>
          <Stack gap={6} mt={4}>
            {(Object.keys(KIND_LABELS) as ApiKeyKind[]).map((k) => (
              <Radio key={k} value={k} label={KIND_LABELS[k]} description={KIND_DESCRIPTIONS[k]} />
            ))}
          </Stack>
        </Radio.Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="key-env-label">
            Environment
          </Text>
          <SegmentedControl
            aria-labelledby="key-env-label"
            aria-describedby="key-env-help"
            data={[
              { value: 'TEST', label: 'Test' },
              { value: 'LIVE', label: 'Live', disabled: liveBlocked !== null },
            ]}
            {...form.getInputProps('environment')}
          />
          <Text size="xs" c="dimmed" id="key-env-help" data-testid="live-blocked-reason">
            {liveBlocked
              ? `Live is unavailable: ${liveBlocked}`
              : form.values.environment === 'LIVE'
                ? 'Live keys reach real data.'
                : 'Test keys work on sandbox data only and are free.'}
          </Text>
        </Stack>
        <Checkbox.Group
          label="Scopes"
          description={
            application
              ? `Pre-filled with what ${application.name} may use (your industry’s preset). Untick what this key does not need.`
              : undefined
          }
          {...form.getInputProps('scopes')}
        >
          {grantable.length === 0 ? (
            <Text size="sm" c="dimmed" mt={4}>
              No scope of this application may be held by a {KIND_LABELS[kind].toLowerCase()} key.
            </Text>
          ) : (
            <Stack gap={4} mt={6}>
              {grantable.map((scope) => (
                <Checkbox key={scope.name} value={scope.name} label={<code>{scope.name}</code>} description={scope.description} />
              ))}
            </Stack>
          )}
        </Checkbox.Group>
        <Group grow align="flex-start">
          <NativeSelect label="Expires" data={EXPIRY_OPTIONS} {...form.getInputProps('expiry')} />
          {form.values.expiry === 'custom' && <TextInput type="date" label="Expiry date" {...form.getInputProps('expiresOn')} />}
        </Group>
        <NativeSelect
          label="Currency type"
          description="The money the key’s transactions are in."
          data={[
            { value: 'FIAT', label: 'Fiat' },
            { value: 'CRYPTO', label: 'Crypto' },
          ]}
          {...form.getInputProps('currencyType')}
        />
        <TagsInput
          renderPill={renderLabelledPill}
          label="IP allowlist"
          description="Addresses or CIDRs (e.g. 203.0.113.0/24), Enter after each. Empty: the application’s list applies."
          placeholder="203.0.113.0/24"
          splitChars={[',', ' ']}
          clearable
          {...form.getInputProps('ipAllowlist')}
        />
        {kind === 'PUBLISHABLE' && (
          <TagsInput
          renderPill={renderLabelledPill}
            label="Allowed origins"
            description="Where your pages are served from, e.g. https://shop.example.com. Enter after each."
            placeholder="https://shop.example.com"
            splitChars={[',', ' ']}
            required
            {...form.getInputProps('allowedOrigins')}
          />
        )}
        {plan && (
          <Card withBorder padding="sm" data-testid="key-plan">
            <Text size="sm" fw={500}>
              Your organization is on the {plan.name} plan
            </Text>
            <Text size="xs" c="dimmed">
              Live keys get {plan.rateLimitPerMinute.toLocaleString('en')} requests a minute (capped by your industry)
              {plan.monthlyQuota > 0 ? ` and ${plan.monthlyQuota.toLocaleString('en')} live calls a month` : ''}; test keys get 120 a
              minute. An override from KeyBS wins over both.
            </Text>
          </Card>
        )}
        {/* Next to the button that was refused: at the top of a long form
            it was scrolled out of view when the button was pressed. */}
        {formError && (
          <Alert color="red" title="The key was not created" role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching} ref={submitRef}>
            Create key
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
