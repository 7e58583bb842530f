import { Alert, Anchor, Badge, Button, Card, Group, List, NativeSelect, Select, SimpleGrid, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import { INDUSTRY_LABELS, INDUSTRY_OPTIONS, KYC_STATUS_COLORS, KYC_STATUS_LABELS, formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { ProductionAccess } from '../applications/ProductionAccess';
import { usePageTitle } from '../app/pageTitle';
import { useMembership } from '../auth/SessionContext';
import type { Industry, OnboardingQuery as OnboardingResult, OnboardingTenantFieldsFragment } from '../gql/graphql';
import { AcceptTermsMutation, ChangeIndustryMutation, OnboardingQuery, SubmitKycMutation } from './documents';
import { KYC_FIELDS, kycValues, toKycInput, validateKyc, type KycValues } from './kycForm';

type Terms = OnboardingResult['termsOfService'];
type Country = OnboardingResult['countries'][number];
type App = NonNullable<NonNullable<OnboardingResult['applications']['edges']>[number]>['node'] & {};

/** The three steps between a new account and live keys, each saying what it unlocks. */
export function OnboardingPage() {
  usePageTitle('Onboarding');
  const current = useMembership();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OnboardingQuery, requestPolicy: 'cache-and-network' });
  if (!data && fetching) return <PageLoader label="Loading your onboarding…" />;
  // The organization the session acts in (the header's switcher chooses it).
  const membership = data?.viewer?.memberships?.find((m) => m.tenant.id === current?.tenant.id) ?? data?.viewer?.memberships?.[0];
  if (!data || !membership) {
    return <LoadError title="Your onboarding could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  const tenant = membership.tenant;
  const canManage = membership.role === 'OWNER' || membership.role === 'ADMIN';
  const apps = (data.applications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const termsDone = tenant.termsUpToDate;
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
        <KycStep tenant={tenant} canManage={canManage} countries={data.countries} />
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
  const current = tenant.termsUpToDate;
  const section = terms.industries.find((i) => i.industry === tenant.industry);
  return (
    <Stack gap={6}>
      <Text size="sm">
        Current version: <strong>{terms.version}</strong> (published {formatDateTime(terms.publishedAt)}).{' '}
        <Anchor href={terms.url} target="_blank" rel="noreferrer">
          Read the terms (opens in a new tab)
        </Anchor>
      </Text>
      <Text size="sm">{terms.summary}</Text>
      {section && <UseCases section={section} />}
      {tenant.termsAcceptedAt && (
        <Text size="sm">
          Accepted version {tenant.termsVersion ?? '?'} on {formatDateTime(tenant.termsAcceptedAt)}.
          {!current && ' A newer version needs your acceptance before new live keys; existing keys keep working.'}
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
          Accept version {terms.version} for {INDUSTRY_LABELS[tenant.industry]}
        </Button>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {canManage && <IndustryChange tenant={tenant} terms={terms} />}
    </Stack>
  );
}

function UseCases({ section }: { section: Terms['industries'][number] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <div>
        <Text size="sm" fw={600} id={`permitted-${section.industry}`}>
          Permitted for {section.name}
        </Text>
        <List size="sm" aria-labelledby={`permitted-${section.industry}`}>
          {section.permitted.map((u) => (
            <List.Item key={u}>{u}</List.Item>
          ))}
        </List>
      </div>
      <div>
        <Text size="sm" fw={600} id={`prohibited-${section.industry}`}>
          Not permitted
        </Text>
        <List size="sm" aria-labelledby={`prohibited-${section.industry}`}>
          {section.prohibited.map((u) => (
            <List.Item key={u}>{u}</List.Item>
          ))}
        </List>
      </div>
    </SimpleGrid>
  );
}

/** Moving to another industry means accepting that industry's section of the terms. */
function IndustryChange({ tenant, terms }: { tenant: OnboardingTenantFieldsFragment; terms: Terms }) {
  const [{ fetching }, change] = useMutation(ChangeIndustryMutation);
  const [to, setTo] = useState<Industry | ''>('');
  const [error, setError] = useState<string | null>(null);
  const section = terms.industries.find((i) => i.industry === to);
  return (
    <Stack gap={6} mt="xs">
      <NativeSelect
        label="Change the organization’s industry"
        maw={320}
        value={to}
        onChange={(e) => setTo(e.currentTarget.value as Industry | '')}
        data={[{ value: '', label: `Keep ${INDUSTRY_LABELS[tenant.industry]}` }, ...INDUSTRY_OPTIONS.filter((o) => o.value !== tenant.industry)]}
        error={error}
      />
      {section && (
        <>
          <UseCases section={section} />
          <Button
            w="fit-content"
            variant="default"
            loading={fetching}
            onClick={() =>
              void change({ industry: section.industry, acceptTermsVersion: terms.version }).then((r) => {
                if (r.error) setError(actionErrorMessage(r.error));
                else {
                  setError(null);
                  setTo('');
                }
              })
            }
          >
            Accept the {section.name} terms and change the industry
          </Button>
        </>
      )}
    </Stack>
  );
}

function KycStep({ tenant, canManage, countries }: { tenant: OnboardingTenantFieldsFragment; canManage: boolean; countries: Country[] }) {
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
        <KycForm tenant={tenant} countries={countries} onDone={() => setEditing(false)} />
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

function KycForm({ tenant, countries, onDone }: { tenant: OnboardingTenantFieldsFragment; countries: Country[]; onDone: () => void }) {
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
          <Select
            label="Country"
            description="Where the company is registered. Type to search."
            placeholder="Search countries"
            required
            searchable
            nothingFoundMessage="No country by that name"
            data={countries.map((c) => ({ value: c.code, label: c.name }))}
            {...form.getInputProps('country')}
            onChange={(value) => form.setFieldValue('country', value ?? '')}
          />
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
