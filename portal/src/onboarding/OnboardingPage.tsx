import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import { KYC_STATUS_COLORS, KYC_STATUS_LABELS, formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { ProductionAccess } from '../applications/ProductionAccess';
import type { OnboardingQuery as OnboardingResult, OnboardingTenantFieldsFragment } from '../gql/graphql';
import { AcceptTermsMutation, OnboardingQuery, SubmitKycMutation } from './documents';
import { KYC_FIELDS, kycValues, toKycInput, validateKyc, type KycValues } from './kycForm';

type Terms = OnboardingResult['termsOfService'];
type App = NonNullable<NonNullable<OnboardingResult['applications']['edges']>[number]>['node'] & {};

/** The three steps between a new account and live keys, each saying what it unlocks. */
export function OnboardingPage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: OnboardingQuery, requestPolicy: 'cache-and-network' });
  if (!data && fetching) return <PageLoader label="Loading your onboarding…" />;
  const membership = data?.viewer?.memberships?.[0];
  if (!data || !membership) {
    return <LoadError title="Your onboarding could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  const tenant = membership.tenant;
  const canManage = membership.role === 'OWNER' || membership.role === 'ADMIN';
  const apps = (data.applications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const termsDone = tenant.termsVersion === data.termsOfService.version && !!tenant.termsAcceptedAt;
  const kycDone = tenant.kycStatus === 'VERIFIED';
  const prodDone = apps.some((a) => a.status === 'APPROVED');
  const done = [termsDone, kycDone, prodDone].filter(Boolean).length;

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1} size="h2">
          Onboarding
        </Title>
        <Text c="dimmed">
          {done} of 3 steps complete. Test keys work as soon as the terms are accepted; live keys need all three.
        </Text>
      </div>
      {!canManage && (
        <Alert color="blue">Only an owner or admin of {tenant.name} can complete these steps. You can follow their progress here.</Alert>
      )}
      <Step
        number={1}
        done={termsDone}
        title="Accept the API Terms of Service"
        unlocks="Unlocks test keys and the sandbox."
      >
        <TermsStep tenant={tenant} terms={data.termsOfService} canManage={canManage} />
      </Step>
      <Step number={2} done={kycDone} title="Verify your company (KYC/AML)" unlocks="Unlocks live keys, together with step 3.">
        <KycStep tenant={tenant} canManage={canManage} />
      </Step>
      <Step number={3} done={prodDone} title="Request production access" unlocks="Unlocks live keys for each approved application.">
        <ProductionStep apps={apps} />
      </Step>
    </Stack>
  );
}

function Step({ number, done, title, unlocks, children }: { number: number; done: boolean; title: string; unlocks: string; children: ReactNode }) {
  const headingId = `step-${number}-heading`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon radius="xl" size="lg" color={done ? 'green' : 'gray'} variant={done ? 'filled' : 'light'} aria-hidden="true">
          {done ? '✓' : number}
        </ThemeIcon>
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between">
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            <Badge color={done ? 'green' : 'gray'} variant="light">
              {done ? 'Done' : 'To do'}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {unlocks}
          </Text>
          {children}
        </Stack>
      </Group>
    </Card>
  );
}

function TermsStep({ tenant, terms, canManage }: { tenant: OnboardingTenantFieldsFragment; terms: Terms; canManage: boolean }) {
  const [{ fetching }, accept] = useMutation(AcceptTermsMutation);
  const [error, setError] = useState<string | null>(null);
  const current = tenant.termsVersion === terms.version && !!tenant.termsAcceptedAt;
  return (
    <Stack gap={6}>
      <Text size="sm">
        Current version: <strong>{terms.version}</strong> (published {formatDateTime(terms.publishedAt)}).{' '}
        <Anchor href={terms.url} target="_blank" rel="noreferrer">
          Read the terms (opens in a new tab)
        </Anchor>
      </Text>
      {tenant.termsAcceptedAt && (
        <Text size="sm">
          Accepted version {tenant.termsVersion ?? '?'} on {formatDateTime(tenant.termsAcceptedAt)}.
          {!current && ' A newer version needs your acceptance.'}
        </Text>
      )}
      {!current && canManage && (
        <Button
          w="fit-content"
          loading={fetching}
          onClick={() =>
            void accept({ version: terms.version }).then((r) => setError(r.error ? actionErrorMessage(r.error) : null))
          }
        >
          Accept version {terms.version}
        </Button>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}

function KycStep({ tenant, canManage }: { tenant: OnboardingTenantFieldsFragment; canManage: boolean }) {
  const [editing, setEditing] = useState(tenant.kycStatus === 'NOT_STARTED');
  const status = (
    <Group gap="xs">
      <Text size="sm">Status:</Text>
      <Badge color={KYC_STATUS_COLORS[tenant.kycStatus]} variant="light">
        {KYC_STATUS_LABELS[tenant.kycStatus]}
      </Badge>
      {tenant.kycSubmittedAt && (
        <Text size="xs" c="dimmed">
          submitted {formatDateTime(tenant.kycSubmittedAt)}
        </Text>
      )}
    </Group>
  );
  return (
    <Stack gap="xs">
      {status}
      {tenant.kycStatus === 'SUBMITTED' && <Text size="sm">Our compliance team is reviewing {tenant.kycLegalName ?? 'your company'}. We email you when it is done.</Text>}
      {tenant.kycStatus === 'REJECTED' && (
        <Alert color="red" title="Your verification was rejected">
          {tenant.kycReviewReason ?? 'Please check your details and submit them again.'}
        </Alert>
      )}
      {canManage && tenant.kycStatus !== 'VERIFIED' && tenant.kycStatus !== 'SUBMITTED' && editing ? (
        <KycForm tenant={tenant} onDone={() => setEditing(false)} />
      ) : (
        canManage &&
        tenant.kycStatus === 'REJECTED' && (
          <Button w="fit-content" variant="default" onClick={() => setEditing(true)}>
            Correct and resubmit
          </Button>
        )
      )}
    </Stack>
  );
}

function KycForm({ tenant, onDone }: { tenant: OnboardingTenantFieldsFragment; onDone: () => void }) {
  const [{ fetching }, submitKyc] = useMutation(SubmitKycMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<KycValues>({ mode: 'controlled', initialValues: kycValues(tenant), validate: validateKyc });
  const submit = async (values: KycValues) => {
    setFormError(null);
    const result = await submitKyc({ input: toKycInput(values) });
    if (result.error) {
      const { fieldErrors } = interpretError(result.error, KYC_FIELDS);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError(actionErrorMessage(result.error));
      return;
    }
    onDone();
  };
  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))} aria-label="Company details">
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Legal company name" required {...form.getInputProps('legalName')} />
          <TextInput label="Registration number" required {...form.getInputProps('registrationNumber')} />
          <TextInput label="Country" description="Two-letter code, e.g. GB" required maxLength={2} {...form.getInputProps('country')} />
          <TextInput label="Registered address" required {...form.getInputProps('address')} />
          <TextInput label="Contact name" required {...form.getInputProps('contactName')} />
          <TextInput label="Contact email" type="email" required {...form.getInputProps('contactEmail')} />
        </SimpleGrid>
        <Button type="submit" w="fit-content" loading={fetching}>
          Submit for review
        </Button>
      </Stack>
    </form>
  );
}

function ProductionStep({ apps }: { apps: App[] }) {
  if (apps.length === 0) {
    return (
      <Text size="sm">
        <Anchor component={Link} to="/applications">
          Create an application
        </Anchor>{' '}
        first.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {apps.map((app) => (
        <Card key={app.id} withBorder padding="sm">
          <Stack gap={4}>
            <Anchor component={Link} to={`/applications/${app.id}`} fw={500}>
              {app.name}
            </Anchor>
            <ProductionAccess application={app} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
