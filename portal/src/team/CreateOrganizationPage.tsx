import { Alert, Anchor, Button, Checkbox, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { interpretError } from '../app/graphqlErrors';
import { INDUSTRY_OPTIONS } from '../app/labels';
import { usePageTitle } from '../app/pageTitle';
import { TermsOfServiceQuery } from '../auth/documents';
import { useSession } from '../auth/SessionContext';
import type { Industry } from '../gql/graphql';
import { CreateOrganizationMutation } from './documents';

const FIELDS = ['name', 'industry', 'acceptTerms'] as const;

interface Values {
  name: string;
  industry: Industry | '';
  acceptTerms: boolean;
}

/** Founds another organization, owned by the signed-in user, and switches to it. */
export function CreateOrganizationPage() {
  usePageTitle('Create an organization');
  const { manager } = useSession();
  const navigate = useNavigate();
  const [terms] = useQuery({ query: TermsOfServiceQuery });
  const [{ fetching }, create] = useMutation(CreateOrganizationMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', industry: '', acceptTerms: false },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter the organization’s name.'),
      industry: (v) => (v ? null : 'Choose the organization’s industry.'),
      acceptTerms: (v) => (v ? null : 'Accept the API Terms of Service to continue.'),
    },
  });
  const submit = async (v: Values) => {
    setFormError(null);
    const result = await create({ input: { name: v.name.trim(), industry: v.industry as Industry, acceptTerms: v.acceptTerms } });
    if (result.error) {
      const { fieldErrors, formError: message } = interpretError(result.error, FIELDS);
      form.setErrors(fieldErrors);
      setFormError(message);
      return;
    }
    if (result.data) {
      manager.signIn(result.data.createOrganization);
      void navigate('/', { replace: true });
    }
  };
  const version = terms.data?.termsOfService.version;
  return (
    <Stack gap="lg" maw={560}>
      <div>
        <Title order={1} size="h2">
          Create another organization
        </Title>
        <Text c="dimmed">You become its owner; its sandbox is ready at once. Switch between organizations from the header.</Text>
      </div>
      <form noValidate aria-label="New organization" onSubmit={form.onSubmit((v) => void submit(v))}>
        <Stack gap="sm">
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput label="Organization name" autoComplete="organization" required {...form.getInputProps('name')} />
          <NativeSelect
            label="Industry"
            required
            data={[{ value: '', label: 'Choose the industry', disabled: true }, ...INDUSTRY_OPTIONS]}
            {...form.getInputProps('industry')}
          />
          <Checkbox
            label={version ? `I accept the API Terms of Service (version ${version})` : 'I accept the API Terms of Service (loading…)'}
            description={
              terms.data && (
                <Anchor href={terms.data.termsOfService.url} target="_blank" rel="noreferrer" size="xs">
                  Read the API Terms of Service (opens in a new tab)
                </Anchor>
              )
            }
            disabled={!version}
            {...form.getInputProps('acceptTerms', { type: 'checkbox' })}
          />
          <Button type="submit" loading={fetching} w="fit-content">
            Create organization
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
