import { Alert, Anchor, Button, Checkbox, Group, NativeSelect, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { INDUSTRY_OPTIONS } from '../app/labels';
import { AuthCard, focusFirstError } from './AuthCard';
import { SignUpMutation, TermsOfServiceQuery } from './documents';
import { useSession } from './SessionContext';
import {
  EMPTY_SIGN_UP,
  PASSWORD_MIN_LENGTH,
  SIGN_UP_FIELDS,
  signUpErrors,
  toSignUpInput,
  validateSignUp,
  type SignUpValues,
} from './signUpForm';

const FORM_ID = 'signup';

export function SignUpPage() {
  const { manager } = useSession();
  const [terms, refetchTerms] = useQuery({ query: TermsOfServiceQuery });
  const [{ fetching }, signUp] = useMutation(SignUpMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignUpValues>({
    mode: 'controlled',
    initialValues: EMPTY_SIGN_UP,
    validate: validateSignUp,
    validateInputOnBlur: true,
  });

  const termsVersion = terms.data?.termsOfService.version;

  const submit = async (values: SignUpValues) => {
    setFormError(null);
    const result = await signUp({ input: toSignUpInput(values) });
    if (result.error) {
      const { fieldErrors, formError: message } = signUpErrors(result.error);
      form.setErrors(fieldErrors);
      setFormError(message);
      focusFirstError(FORM_ID, SIGN_UP_FIELDS, fieldErrors);
      return;
    }
    // Signing in flips the session; RedirectIfAuthenticated then opens the dashboard.
    if (result.data) manager.signIn(result.data.signUp);
  };

  return (
    <AuthCard
      title="Create your developer account"
      subtitle={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to="/login">
            Log in
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
          (errors) => focusFirstError(FORM_ID, SIGN_UP_FIELDS, errors),
        )}
      >
        <Stack gap="sm">
          {formError && (
            <Alert color="red" title="We couldn’t create your account" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput
            id={`${FORM_ID}-name`}
            label="Full name"
            autoComplete="name"
            required
            {...form.getInputProps('name')}
          />
          <TextInput
            id={`${FORM_ID}-email`}
            label="Work email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            id={`${FORM_ID}-password`}
            label="Password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <TextInput
            id={`${FORM_ID}-organizationName`}
            label="Organization name"
            autoComplete="organization"
            required
            {...form.getInputProps('organizationName')}
          />
          <NativeSelect
            id={`${FORM_ID}-industry`}
            label="Industry"
            required
            data={[{ value: '', label: 'Choose your industry', disabled: true }, ...INDUSTRY_OPTIONS]}
            {...form.getInputProps('industry')}
          />
          {terms.error ? (
            <Alert color="red" role="alert" title="The Terms of Service could not be loaded">
              <Group justify="space-between" gap="xs">
                <Text size="sm">You need to read and accept them to sign up.</Text>
                <Button size="xs" variant="default" onClick={() => refetchTerms({ requestPolicy: 'network-only' })}>
                  Try again
                </Button>
              </Group>
            </Alert>
          ) : (
            <Checkbox
              id={`${FORM_ID}-acceptTerms`}
              label={
                termsVersion
                  ? `I accept the API Terms of Service (version ${termsVersion})`
                  : 'I accept the API Terms of Service (loading…)'
              }
              description={
                terms.data && (
                  <Anchor href={terms.data.termsOfService.url} target="_blank" rel="noreferrer" size="xs">
                    Read the API Terms of Service (opens in a new tab)
                  </Anchor>
                )
              }
              disabled={!termsVersion}
              {...form.getInputProps('acceptTerms', { type: 'checkbox' })}
            />
          )}
          <Button type="submit" loading={fetching} disabled={!termsVersion} mt="xs" fullWidth>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
