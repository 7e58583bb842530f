import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation } from 'urql';
import { interpretError } from '../app/graphqlErrors';
import type { CaseSummaryFieldsFragment } from '../gql/graphql';
import { CASE_FORM_FIELDS, initialCaseForm, toCreateCaseInput, validateCaseForm, type CaseFormValues } from './caseForm';
import { CreateVerificationCaseMutation } from './documents';
import { PACKAGE_OPTIONS, TIER_OPTIONS } from './states';

/** Open a sandbox case from the portal (live cases come from your servers with a live key). */
export function CreateCaseDialog({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (c: CaseSummaryFieldsFragment) => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Open a sandbox case" size="lg">
      {opened && <CreateCaseForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function CreateCaseForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (c: CaseSummaryFieldsFragment) => void }) {
  const [{ fetching }, create] = useMutation(CreateVerificationCaseMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CaseFormValues>({ mode: 'controlled', initialValues: initialCaseForm(), validate: validateCaseForm });
  const submit = async (values: CaseFormValues) => {
    setFormError(null);
    const result = await create({ input: toCreateCaseInput(values) }, { additionalTypenames: ['VerificationCase'] });
    if (result.error) {
      const { fieldErrors, formError: message } = interpretError(result.error, CASE_FORM_FIELDS);
      form.setErrors(fieldErrors);
      setFormError(message);
      return;
    }
    if (result.data) onCreated(result.data.createVerificationCase);
  };
  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))} aria-busy={fetching}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label="Supplier name" required {...form.getInputProps('supplierName')} />
        <Group grow align="flex-start">
          <TextInput label="Country code" description="ISO 3166-1 alpha-2, e.g. IN" required maxLength={2} {...form.getInputProps('countryCode')} />
          <NativeSelect label="Tier" data={TIER_OPTIONS} {...form.getInputProps('tier')} />
          <NativeSelect label="Package" data={PACKAGE_OPTIONS} {...form.getInputProps('package')} />
        </Group>
        <TextInput label="Supplier contact email" type="email" required {...form.getInputProps('contactEmail')} />
        <TextInput
          label="Client reference (optional)"
          description="Your own reference. Include sim_manual to keep the simulator away and move the case yourself."
          {...form.getInputProps('clientReference')}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            Open case
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
