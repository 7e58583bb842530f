import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import { ROLE_LABELS, formatDate } from '../app/labels';
import { PageLoader } from '../app/PageLoader';
import { usePageTitle } from '../app/pageTitle';
import { AuthCard, focusFirstError } from '../auth/AuthCard';
import { AcceptInvitationMutation, InvitationPreviewQuery, SignUpMutation } from '../auth/documents';
import type { ReturnTo } from '../auth/RequireAuth';
import { useSession } from '../auth/SessionContext';
import { PASSWORD_MIN_LENGTH } from '../auth/signUpForm';

const FORM_ID = 'join';
const FIELDS = ['name', 'password'] as const;

/**
 * Opens from an invitation email (?token=…): a signed-in invitee accepts with
 * one click; a new one creates an account with the invited email; an existing
 * one logs in first and comes back here.
 */
export function AcceptInvitationPage() {
  usePageTitle('Join an organization');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const location = useLocation();
  const navigate = useNavigate();
  const { state, manager } = useSession();
  const [preview] = useQuery({ query: InvitationPreviewQuery, variables: { token }, pause: !token });
  const [{ fetching: accepting }, accept] = useMutation(AcceptInvitationMutation);
  const [error, setError] = useState<string | null>(null);

  if (!token) {
    return (
      <AuthCard title="Join an organization">
        <Alert color="red" role="alert">
          This page opens from the link in an invitation email.
        </Alert>
      </AuthCard>
    );
  }
  if (preview.fetching || state.status === 'loading') return <PageLoader label="Opening the invitation…" />;
  const inv = preview.data?.invitation;
  if (!inv) {
    return (
      <AuthCard title="Join an organization">
        <Alert color="red" role="alert" title="This invitation cannot be used">
          {preview.error ? actionErrorMessage(preview.error) : 'The invitation was not found.'} Ask whoever invited you for a new one.
        </Alert>
      </AuthCard>
    );
  }

  const summary = (
    <Text>
      {inv.invitedBy} invited <strong>{inv.email}</strong> to join <strong>{inv.organizationName}</strong> as{' '}
      {ROLE_LABELS[inv.role].toLowerCase()}. The invitation is valid until {formatDate(inv.expiresAt)}.
    </Text>
  );

  const acceptNow = async () => {
    setError(null);
    const result = await accept({ token });
    if (result.error) {
      setError(actionErrorMessage(result.error));
      return;
    }
    if (result.data) {
      manager.signIn(result.data.acceptInvitation);
      void navigate('/members', { replace: true });
    }
  };

  let body;
  if (state.status === 'authenticated') {
    body = (
      <Stack gap="sm">
        {summary}
        {state.user.email !== inv.email && (
          <Alert color="yellow" role="status">
            You are signed in as {state.user.email}. Log out and sign in as {inv.email} to accept.
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Button onClick={() => void acceptNow()} loading={accepting} disabled={state.user.email !== inv.email}>
          Join {inv.organizationName}
        </Button>
      </Stack>
    );
  } else if (inv.accountExists) {
    const returnTo: ReturnTo = { from: location.pathname + location.search };
    body = (
      <Stack gap="sm">
        {summary}
        <Button component={Link} to="/login" state={returnTo}>
          Log in as {inv.email} to accept
        </Button>
      </Stack>
    );
  } else {
    body = (
      <Stack gap="sm">
        {summary}
        <JoinForm token={token} email={inv.email} onJoined={() => void navigate('/members', { replace: true })} />
      </Stack>
    );
  }
  return <AuthCard title={`Join ${inv.organizationName}`}>{body}</AuthCard>;
}

/** Creates the invitee's account, straight into the inviting organization. */
function JoinForm({ token, email, onJoined }: { token: string; email: string; onJoined: () => void }) {
  const { manager } = useSession();
  const [{ fetching }, signUp] = useMutation(SignUpMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', password: '' },
    validate: {
      name: (v: string) => (v.trim() ? null : 'Enter your name.'),
      password: (v: string) => (v.length >= PASSWORD_MIN_LENGTH ? null : `Use at least ${PASSWORD_MIN_LENGTH} characters.`),
    },
  });
  const submit = async (values: { name: string; password: string }) => {
    setFormError(null);
    const result = await signUp({
      input: { email, name: values.name.trim(), password: values.password, acceptTerms: false, invitationToken: token },
    });
    if (result.error) {
      const { fieldErrors, formError: message } = interpretError(result.error, FIELDS);
      form.setErrors(fieldErrors);
      setFormError(message);
      focusFirstError(FORM_ID, FIELDS, fieldErrors);
      return;
    }
    if (result.data) {
      manager.signIn(result.data.signUp);
      onJoined();
    }
  };
  return (
    <form
      id={FORM_ID}
      noValidate
      aria-label="Create your account"
      onSubmit={form.onSubmit(
        (v) => void submit(v),
        (errors) => focusFirstError(FORM_ID, FIELDS, errors),
      )}
    >
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label="Email" value={email} readOnly description="The invited address; it cannot be changed here." />
        <TextInput id={`${FORM_ID}-name`} label="Full name" autoComplete="name" required {...form.getInputProps('name')} />
        <PasswordInput
          id={`${FORM_ID}-password`}
          label="Password"
          description={`At least ${PASSWORD_MIN_LENGTH} characters, and not easy to guess.`}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={fetching}>
          Create account and join
        </Button>
        <Text size="xs" c="dimmed">
          Already have an account with another email?{' '}
          <Anchor component={Link} to="/login">
            Log in
          </Anchor>{' '}
          with the invited address instead.
        </Text>
      </Stack>
    </form>
  );
}
