import { Alert, Anchor, Button, Card, Code, Group, Image, List, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import { formatDateTime } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePageTitle } from '../app/pageTitle';
import { PASSWORD_MIN_LENGTH } from '../auth/signUpForm';
import type { AccountQuery as AccountResult } from '../gql/graphql';
import {
  AccountQuery,
  BeginMfaMutation,
  ChangePasswordMutation,
  ConfirmMfaMutation,
  DisableMfaMutation,
  RegenerateRecoveryCodesMutation,
  RequestEmailChangeMutation,
  UpdateProfileMutation,
} from './documents';

type Me = NonNullable<AccountResult['viewer']>;

/** The signed-in person's own account: name, email, password and second factor. */
export function AccountPage() {
  usePageTitle('Account settings');
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountQuery, requestPolicy: 'cache-and-network' });
  if (!data && fetching) return <PageLoader label="Loading your account…" />;
  const me = data?.viewer;
  if (!me) return <LoadError title="Your account could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1} size="h2">
          Account settings
        </Title>
        <Text c="dimmed">
          Your own account, in every organization you belong to. Signed-in devices are on the{' '}
          <Anchor component={Link} to="/account/security">
            Security
          </Anchor>{' '}
          page.
        </Text>
      </div>
      <Section id="profile" title="Profile">
        <ProfileForm me={me} />
      </Section>
      <Section id="email" title="Email address">
        <EmailForm me={me} />
      </Section>
      <Section id="password" title="Password">
        <PasswordForm />
      </Section>
      <Section id="mfa" title="Two-factor authentication">
        <MfaSection me={me} onChanged={reload} />
      </Section>
    </Stack>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`${id}-heading`}>
      <Title order={2} size="h4" id={`${id}-heading`} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Result({ ok, error }: { ok: string | null; error: string | null }) {
  return (
    <>
      {ok && (
        <Alert color="green" role="status">
          {ok}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </>
  );
}

function ProfileForm({ me }: { me: Me }) {
  const [{ fetching }, update] = useMutation(UpdateProfileMutation);
  const [ok, setOk] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { name: me.name }, validate: { name: (v: string) => (v.trim() ? null : 'Enter your name.') } });
  return (
    <form
      noValidate
      aria-label="Profile"
      onSubmit={form.onSubmit((v) => {
        setOk(null);
        setError(null);
        void update({ name: v.name.trim() }).then((r) => {
          if (!r.error) return setOk('Your name was saved.');
          const { fieldErrors, formError } = interpretError(r.error, ['name'] as const);
          form.setErrors(fieldErrors);
          setError(formError);
        });
      })}
    >
      <Stack gap="sm">
        <Result ok={ok} error={error} />
        <TextInput label="Full name" autoComplete="name" required maw={420} {...form.getInputProps('name')} />
        <Button type="submit" w="fit-content" loading={fetching}>
          Save name
        </Button>
      </Stack>
    </form>
  );
}

function EmailForm({ me }: { me: Me }) {
  const [{ fetching }, request] = useMutation(RequestEmailChangeMutation);
  const [ok, setOk] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { newEmail: '', password: '' },
    validate: {
      newEmail: (v: string) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? null : 'Enter the new email address.'),
      password: (v: string) => (v ? null : 'Enter your password to confirm it is you.'),
    },
  });
  return (
    <form
      noValidate
      aria-label="Change email"
      onSubmit={form.onSubmit((v) => {
        setOk(null);
        setError(null);
        void request({ newEmail: v.newEmail.trim(), password: v.password }).then((r) => {
          if (!r.error) {
            setOk(`We emailed a confirmation link to ${v.newEmail.trim()}. Your address changes when you open it (within 24 hours).`);
            form.reset();
            return;
          }
          const { fieldErrors, formError } = interpretError(r.error, ['newEmail', 'password'] as const);
          form.setErrors(fieldErrors);
          setError(formError);
        });
      })}
    >
      <Stack gap="sm">
        <Text size="sm">
          Currently <strong>{me.email}</strong>.
        </Text>
        <Result ok={ok} error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="New email" type="email" autoComplete="email" required {...form.getInputProps('newEmail')} />
          <PasswordInput label="Current password" autoComplete="current-password" required {...form.getInputProps('password')} />
        </SimpleGrid>
        <Button type="submit" w="fit-content" loading={fetching}>
          Send confirmation link
        </Button>
      </Stack>
    </form>
  );
}

function PasswordForm() {
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);
  const [ok, setOk] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (v: string) => (v ? null : 'Enter your current password.'),
      newPassword: (v: string) => (v.length >= PASSWORD_MIN_LENGTH ? null : `Use at least ${PASSWORD_MIN_LENGTH} characters.`),
    },
  });
  return (
    <form
      noValidate
      aria-label="Change password"
      onSubmit={form.onSubmit((v) => {
        setOk(null);
        setError(null);
        void change(v).then((r) => {
          if (!r.error) {
            setOk('Your password was changed. Every other session was signed out.');
            form.reset();
            return;
          }
          const { fieldErrors, formError } = interpretError(r.error, ['currentPassword', 'newPassword'] as const);
          form.setErrors(fieldErrors);
          setError(formError);
        });
      })}
    >
      <Stack gap="sm">
        <Result ok={ok} error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PasswordInput label="Current password" autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
          <PasswordInput
            label="New password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters, and not easy to guess.`}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
        </SimpleGrid>
        <Button type="submit" w="fit-content" loading={fetching}>
          Change password
        </Button>
      </Stack>
    </form>
  );
}

function MfaSection({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  if (!me.mfaEnabledAt) return <Enrol onEnabled={(c) => (setCodes(c), onChanged())} />;
  return (
    <Stack gap="sm">
      <Text size="sm">
        On since {formatDateTime(me.mfaEnabledAt)}. Log-in asks for your authenticator’s code. {me.recoveryCodesLeft} unused recovery{' '}
        {me.recoveryCodesLeft === 1 ? 'code' : 'codes'} left.
      </Text>
      <CodeAction
        label="Code to get new recovery codes"
        button="Get new recovery codes"
        mutation={RegenerateRecoveryCodesMutation}
        onDone={(data) => (setCodes((data as { regenerateRecoveryCodes: string[] }).regenerateRecoveryCodes), onChanged())}
      />
      <CodeAction label="Code to turn two-factor authentication off" button="Turn off" color="red" mutation={DisableMfaMutation} onDone={onChanged} />
    </Stack>
  );
}

/** A current code and a button: turning the second factor off, or new recovery codes. */
function CodeAction({
  label,
  button,
  color,
  mutation,
  onDone,
}: {
  label: string;
  button: string;
  color?: string;
  mutation: typeof DisableMfaMutation | typeof RegenerateRecoveryCodesMutation;
  onDone: (data: unknown) => void;
}) {
  const [{ fetching }, run] = useMutation(mutation as typeof DisableMfaMutation);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      aria-label={button}
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        if (!code.trim()) return setError('Enter a current code from your authenticator app, or a recovery code.');
        void run({ code: code.trim() }).then((r) => {
          if (r.error) setError(interpretError(r.error, ['code'] as const).fieldErrors.code ?? actionErrorMessage(r.error));
          else {
            setCode('');
            onDone(r.data);
          }
        });
      }}
    >
      <Group align="flex-start">
        <TextInput label={label} autoComplete="one-time-code" value={code} error={error} onChange={(e) => setCode(e.currentTarget.value)} maw={320} />
        <Button type="submit" mt={24} variant="default" color={color} loading={fetching}>
          {button}
        </Button>
      </Group>
    </form>
  );
}

function Enrol({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const [{ data, fetching: starting, error: startError }, begin] = useMutation(BeginMfaMutation);
  const [{ fetching: confirming }, confirm] = useMutation(ConfirmMfaMutation);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const enrolment = data?.beginMfaEnrollment;
  if (!enrolment) {
    return (
      <Stack gap="sm">
        <Text size="sm">Off. Protect the account with an authenticator app (1Password, Google Authenticator, Authy…): log-in then also asks for its 6-digit code.</Text>
        {startError && (
          <Alert color="red" role="alert">
            {actionErrorMessage(startError)}
          </Alert>
        )}
        <Button w="fit-content" loading={starting} onClick={() => void begin({})}>
          Set up two-factor authentication
        </Button>
      </Stack>
    );
  }
  return (
    <form
      noValidate
      aria-label="Confirm the authenticator"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) return setError('Enter the 6-digit code your app shows.');
        void confirm({ code: code.replace(/\s/g, '') }).then((r) => {
          if (r.error) setError(interpretError(r.error, ['code'] as const).fieldErrors.code ?? actionErrorMessage(r.error));
          else if (r.data) onEnabled(r.data.confirmMfaEnrollment);
        });
      }}
    >
      <Stack gap="sm">
        <Text size="sm">1. Scan this QR code with your authenticator app, or type the key in.</Text>
        <Image src={enrolment.qrCode} alt="QR code for your authenticator app" w={200} h={200} />
        <Text size="sm">
          Key: <Code data-testid="mfa-secret">{enrolment.secret}</Code>
        </Text>
        <TextInput
          label="2. Enter the 6-digit code the app shows"
          autoComplete="one-time-code"
          inputMode="numeric"
          value={code}
          error={error}
          onChange={(e) => setCode(e.currentTarget.value)}
          maw={260}
        />
        <Button type="submit" w="fit-content" loading={confirming}>
          Turn on
        </Button>
      </Stack>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <Stack gap="sm">
      <Alert color="yellow" role="status" title="Save your recovery codes now">
        Each works once in place of a code from your app, if you lose it. They are shown only this time.
      </Alert>
      <List aria-label="Recovery codes" ff="monospace" listStyleType="none">
        {codes.map((c) => (
          <List.Item key={c}>{c}</List.Item>
        ))}
      </List>
      <Group>
        <Button variant="default" onClick={() => void navigator.clipboard?.writeText(codes.join('\n'))}>
          Copy the codes
        </Button>
        <Button onClick={onDone}>I have saved them</Button>
      </Group>
    </Stack>
  );
}
