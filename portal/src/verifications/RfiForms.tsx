import { Alert, Button, Group, Input, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import type { DocumentKind } from '../gql/graphql';
import type { RfiItem } from './CaseSections';
import { AnswerRfiItemMutation, AttachDocumentMutation } from './documents';
import { DOCUMENT_FORM_FIELDS, canHashFiles, sha256Hex, validateDocumentForm, type DocumentFormValues } from './documentFile';
import { DOCUMENT_KIND_OPTIONS } from './states';

// Answering a request for information from the portal: a written answer to a
// QUESTION item, a document reference for a DOCUMENT item.

/** The mutations change the case: reload whatever shows it. */
const CASE_CHANGED = { additionalTypenames: ['VerificationCase'] };

export function AnswerQuestionForm({ item }: { item: RfiItem }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, answer] = useMutation(AnswerRfiItemMutation);
  const fieldId = useId();
  const submit = async () => {
    if (!text.trim()) {
      setError('Write your answer first.');
      return;
    }
    setError(null);
    const result = await answer({ itemId: item.id, text: text.trim() }, CASE_CHANGED);
    if (result.error) setError(actionErrorMessage(result.error));
    else notifications.show({ color: 'green', message: 'Your answer was sent.' });
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs" mt="sm">
        <Textarea id={fieldId} label="Your answer" autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} error={error} />
        <Group>
          <Button type="submit" size="xs" loading={fetching}>
            Send answer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Attach a document reference: KeyBS records where you keep the file and
 * its SHA-256 fingerprint, which the browser computes from the chosen file
 * (the file itself is not uploaded). With `item`, it answers that item and
 * its kind is the one asked for.
 */
export function AttachDocumentForm({ caseId, item, onDone }: { caseId: string; item?: RfiItem; onDone?: () => void }) {
  const [{ fetching }, attach] = useMutation(AttachDocumentMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [hashing, setHashing] = useState(false);
  const fileId = useId();
  const fixedKind = item?.documentKind ?? null;
  const form = useForm<DocumentFormValues>({
    mode: 'controlled',
    initialValues: { kind: fixedKind ?? 'OTHER', filename: '', storagePath: '', sha256: '' },
    validate: validateDocumentForm,
  });
  const pick = async (file: File | undefined) => {
    if (!file) return;
    form.setFieldValue('filename', file.name);
    if (!form.getValues().storagePath) form.setFieldValue('storagePath', file.name);
    if (!canHashFiles()) return;
    setHashing(true);
    try {
      form.setFieldValue('sha256', await sha256Hex(file));
    } finally {
      setHashing(false);
    }
  };
  const submit = async (values: DocumentFormValues) => {
    setFormError(null);
    const result = await attach(
      {
        caseId,
        input: {
          kind: values.kind as DocumentKind,
          filename: values.filename.trim(),
          storagePath: values.storagePath.trim(),
          sha256: values.sha256.trim().toLowerCase(),
          ...(item ? { rfiItemId: item.id } : {}),
        },
      },
      CASE_CHANGED,
    );
    if (result.error) {
      const { fieldErrors, formError: message } = interpretError(result.error, DOCUMENT_FORM_FIELDS);
      form.setErrors(fieldErrors);
      setFormError(message);
      return;
    }
    notifications.show({ color: 'green', message: `${values.filename} was attached.` });
    form.reset();
    onDone?.();
  };
  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))} aria-busy={fetching || hashing} aria-label={item ? 'Attach the requested document' : 'Attach a document'}>
      <Stack gap="xs" mt="sm">
        <Input.Wrapper
          label="File"
          id={fileId}
          description={canHashFiles() ? 'Its name and SHA-256 fingerprint are computed here; the file itself is not uploaded.' : 'Enter its name and SHA-256 below.'}
        >
          <input id={fileId} type="file" onChange={(e) => void pick(e.currentTarget.files?.[0])} style={{ display: 'block', marginTop: 4 }} />
        </Input.Wrapper>
        <Group grow align="flex-start">
          <TextInput label="File name" required {...form.getInputProps('filename')} />
          <NativeSelect
            label="Kind"
            data={DOCUMENT_KIND_OPTIONS}
            disabled={Boolean(fixedKind)}
            description={fixedKind ? 'The kind asked for' : undefined}
            {...form.getInputProps('kind')}
          />
        </Group>
        <TextInput
          label="Storage path"
          required
          description="Where you keep the file, for KeyBS to fetch it, e.g. s3://bucket/suppliers/licence.pdf"
          {...form.getInputProps('storagePath')}
        />
        <TextInput label="SHA-256" required ff="monospace" {...form.getInputProps('sha256')} />
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Group>
          <Button type="submit" size="xs" loading={fetching || hashing}>
            Attach document
          </Button>
          {hashing && (
            <Text size="xs" c="dimmed" role="status">
              Computing the fingerprint…
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
