import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { interpretError } from '../app/graphqlErrors';
import { AuthCard, focusFirstError } from './AuthCard';
import { LogInMutation } from './documents';
import { useSession } from './SessionContext';

const FORM_ID = 'login';
const FIELDS = ['email', 'password', 'mfaCode'] as const;

interface LogInValues {
  email: string;
  password: string;
  mfaCode: string;
}

export function LogInPage() {
  const { state, manager } = useSession();
  const [{ fetching }, logIn] = useMutation(LogInMutation);
  const [formError, setFormError] = useState<string | null>(null);
  // Set once the server says the account has a second factor.
  const [askCode, setAskCode] = useState(false);
  const form = useForm<LogInValues>({
    mode: 'controlled',
    initialValues: { email: '', password: '', mfaCode: '' },
    validate: {
      email: (value) => (value.trim() ? null : 'Enter your email.'),
      password: (value) => (value ? null : 'Enter your password.'),
      mfaCode: (value) => (askCode && !value.trim() ? 'Enter the code from your authenticator app.' : null),
    },
  });

  const notice =
    state.status === 'anonymous' && state.reason === 'expired'
      ? 'Your session has ended. Please log in again.'
      : state.status === 'anonymous' && state.reason === 'unavailable'
        ? 'We could not restore your session because KeyBS was unreachable. Please log in again.'
        : null;

  const submit = async (values: LogInValues) => {
    setFormError(null);
    const mfaCode = askCode ? values.mfaCode.trim() : undefined;
    const result = await logIn({ input: { email: values.email.trim(), password: values.password, mfaCode } });
    if (result.error) {
      const { fieldErrors, formError: message } = interpretError(result.error, FIELDS, {
        unauthorized: 'Incorrect email or password.',
        rate_limited: 'Too many log-in attempts. Please wait a minute and try again.',
      });
      if (fieldErrors.mfaCode && !askCode) {
        // The password was right; now the second factor.
        setAskCode(true);
        form.setErrors({});
        setTimeout(() => document.getElementById(`${FORM_ID}-mfaCode`)?.focus(), 0);
        return;
      }
      form.setErrors(fieldErrors);
      setFormError(message);
      focusFirstError(FORM_ID, FIELDS, fieldErrors);
      return;
    }
    if (result.data) manager.signIn(result.data.logIn);
  };

  return (
    <AuthCard
      title="Log in to KeyBS"
      subtitle={
        <>
          New here?{' '}
          <Anchor component={Link} to="/signup">
            Create a developer account
          </Anchor>
        </>
      }
    >
      <form
        id={FORM_ID}
        noValidate
        aria-busy={fetching}
        onSubmit={form.onSubmit(
          (values) => void submit(values),
          (errors) => focusFirstError(FORM_ID, FIELDS, errors),
        )}
      >
        <Stack gap="sm">
          {notice && !formError && (
            <Alert color="yellow" role="status">
              {notice}
            </Alert>
          )}
          {formError && (
            <Alert color="red" title="Log-in failed" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput
            id={`${FORM_ID}-email`}
            label="Email"
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            id={`${FORM_ID}-password`}
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          {askCode && (
            <TextInput
              id={`${FORM_ID}-mfaCode`}
              label="Authentication code"
              description="The 6-digit code from your authenticator app, or one of your recovery codes."
              autoComplete="one-time-code"
              inputMode="text"
              required
              {...form.getInputProps('mfaCode')}
            />
          )}
          <Button type="submit" loading={fetching} mt="xs" fullWidth>
            Log in
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
            Forgot your password?
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
