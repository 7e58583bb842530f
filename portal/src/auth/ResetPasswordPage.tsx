import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { interpretError } from '../app/graphqlErrors';
import { usePageTitle } from '../app/pageTitle';
import { AuthCard, focusFirstError } from './AuthCard';
import { ResetPasswordMutation } from './documents';
import { PASSWORD_MIN_LENGTH } from './signUpForm';

const FORM_ID = 'reset';
const FIELDS = ['newPassword', 'confirm', 'token'] as const;

/** Opens from the emailed link (?token=…) and sets a new password. */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [{ fetching }, reset] = useMutation(ResetPasswordMutation);
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { newPassword: '', confirm: '' },
    validate: {
      newPassword: (v: string) => (v.length >= PASSWORD_MIN_LENGTH ? null : `Use at least ${PASSWORD_MIN_LENGTH} characters.`),
      confirm: (v: string, values: { newPassword: string }) => (v === values.newPassword ? null : 'The passwords do not match.'),
    },
  });

  const submit = async (values: { newPassword: string }) => {
    setFormError(null);
    const result = await reset({ token, newPassword: values.newPassword });
    if (result.error) {
      const { fieldErrors, formError: message } = interpretError(result.error, FIELDS);
      if (fieldErrors.token) setFormError(fieldErrors.token);
      else setFormError(message);
      form.setErrors({ newPassword: fieldErrors.newPassword });
      focusFirstError(FORM_ID, FIELDS, fieldErrors);
      return;
    }
    setDone(true);
  };

  return (
    <AuthCard title="Choose a new password">
      {!token ? (
        <Alert color="red" role="alert">
          This page opens from the link in a password-reset email.{' '}
          <Anchor component={Link} to="/forgot-password">
            Ask for a new link
          </Anchor>
          .
        </Alert>
      ) : done ? (
        <Alert color="green" role="status" title="Your password was changed">
          Every session of your account was signed out.{' '}
          <Anchor component={Link} to="/login">
            Log in with the new password
          </Anchor>
          .
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
            {formError && (
              <Alert color="red" role="alert">
                {formError}{' '}
                <Anchor component={Link} to="/forgot-password">
                  Ask for a new link
                </Anchor>
              </Alert>
            )}
            <PasswordInput
              id={`${FORM_ID}-newPassword`}
              label="New password"
              description={`At least ${PASSWORD_MIN_LENGTH} characters, and not easy to guess.`}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              id={`${FORM_ID}-confirm`}
              label="Repeat the new password"
              autoComplete="new-password"
              required
              {...form.getInputProps('confirm')}
            />
            <Button type="submit" loading={fetching} fullWidth>
              Set the new password
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
