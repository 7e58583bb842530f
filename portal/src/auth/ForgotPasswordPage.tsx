import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { interpretError } from '../app/graphqlErrors';
import { usePageTitle } from '../app/pageTitle';
import { AuthCard, focusFirstError } from './AuthCard';
import { RequestPasswordResetMutation } from './documents';

const FORM_ID = 'forgot';
const FIELDS = ['email'] as const;

/** Asks for a reset link. The answer never says whether the email has an account. */
export function ForgotPasswordPage() {
  usePageTitle('Reset your password');
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: { email: (v: string) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? null : 'Enter the email address you log in with.') },
  });

  const submit = async ({ email }: { email: string }) => {
    setFormError(null);
    const result = await request({ email: email.trim() });
    if (result.error) {
      const { fieldErrors, formError: message } = interpretError(result.error, FIELDS, {
        rate_limited: 'Too many reset requests for this address. Please wait an hour and try again.',
      });
      form.setErrors(fieldErrors);
      setFormError(message);
      focusFirstError(FORM_ID, FIELDS, fieldErrors);
      return;
    }
    setSentTo(email.trim());
  };

  return (
    <AuthCard
      title="Reset your password"
      subtitle={
        <>
          Remembered it?{' '}
          <Anchor component={Link} to="/login">
            Log in
          </Anchor>
        </>
      }
    >
      {sentTo ? (
        <Alert color="green" role="status" title="Check your inbox">
          If an account exists for {sentTo}, we have emailed it a link to choose a new password. The link works once, for 30
          minutes.
        </Alert>
      ) : (
        <form
          id={FORM_ID}
          noValidate
          aria-busy={fetching}
          onSubmit={form.onSubmit(
            (v) => void submit(v),
            (errors) => focusFirstError(FORM_ID, FIELDS, errors),
          )}
        >
          <Stack gap="sm">
            <Text size="sm">Enter your email and we will send you a link to choose a new password.</Text>
            {formError && (
              <Alert color="red" role="alert">
                {formError}
              </Alert>
            )}
            <TextInput id={`${FORM_ID}-email`} label="Email" type="email" autoComplete="username" required {...form.getInputProps('email')} />
            <Button type="submit" loading={fetching} fullWidth>
              Email me a reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
