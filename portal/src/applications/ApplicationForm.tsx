import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { renderLabelledPill } from '../app/LabelledPill';
import { useForm } from '@mantine/form';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import { INDUSTRY_OPTIONS } from '../app/labels';
import type { Module } from '../gql/graphql';
import {
  APPLICATION_FIELDS,
  MODULE_LABELS,
  suggestTier,
  toApplicationInput,
  validateApplication,
  type ApplicationFormValues,
} from './applicationForm';
import { PricingTiersQuery } from './documents';

interface ApplicationFormProps {
  initialValues: ApplicationFormValues;
  submitLabel: string;
  onSubmit: (input: ReturnType<typeof toApplicationInput>) => Promise<{ error?: CombinedError | undefined }>;
  onCancel?: () => void;
}

/** Every field of an application profile; the suggested pricing tier follows the volume as it is typed. */
export function ApplicationForm({ initialValues, submitLabel, onSubmit, onCancel }: ApplicationFormProps) {
  const [tiers] = useQuery({ query: PricingTiersQuery });
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ApplicationFormValues>({ mode: 'controlled', initialValues, validate: validateApplication });
  const volume = Number(form.values.expectedMonthlyVolume) || 0;
  const tier = tiers.data ? suggestTier(tiers.data.pricingTiers, volume) : undefined;

  const submit = async (values: ApplicationFormValues) => {
    setFormError(null);
    setSaving(true);
    try {
      const result = await onSubmit(toApplicationInput(values));
      if (result.error) {
        const { fieldErrors } = interpretError(result.error, APPLICATION_FIELDS);
        form.setErrors(fieldErrors);
        if (Object.keys(fieldErrors).length === 0) setFormError(actionErrorMessage(result.error));
      } else {
        form.resetDirty();
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert" title="The application was not saved">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <NativeSelect
            label="Industry"
            required
            data={[{ value: '', label: 'Choose an industry', disabled: true }, ...INDUSTRY_OPTIONS]}
            {...form.getInputProps('industry')}
          />
        </SimpleGrid>
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <TextInput
          label="Regulatory category"
          description="e.g. EMI, PSP, licensed operator (MGA)."
          {...form.getInputProps('regulatoryCategory')}
        />
        <TagsInput
          renderPill={renderLabelledPill}
          label="Callback URLs"
          description="Absolute URLs your users return to; https once approved. Enter after each."
          placeholder="https://example.com/kyc/done"
          splitChars={[',', ' ']}
          {...form.getInputProps('callbackUrls')}
        />
        <TagsInput
          renderPill={renderLabelledPill}
          label="IP allowlist"
          description="Addresses or CIDRs your servers call from. Keys without their own list use this one."
          placeholder="203.0.113.0/24"
          splitChars={[',', ' ']}
          {...form.getInputProps('ipAllowlist')}
        />
        <NumberInput
          label="Expected monthly volume"
          description="API calls per month in production."
          min={0}
          step={1000}
          thousandSeparator=","
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('expectedMonthlyVolume')}
        />
        <Text size="sm" aria-live="polite" data-testid="suggested-tier">
          Suggested tier:{' '}
          {tier ? (
            <>
              <strong>{tier.name}</strong> — {tier.priceModel}
              {tier.rateLimitPerMinute ? `, ${tier.rateLimitPerMinute.toLocaleString()} calls/min` : ''}
            </>
          ) : (
            '…'
          )}
        </Text>
        <Checkbox.Group label="Required modules" description="Each unlocks the scopes its endpoints need." {...form.getInputProps('requiredModules')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
            {(Object.keys(MODULE_LABELS) as Module[]).map((m) => (
              <Checkbox key={m} value={m} label={MODULE_LABELS[m]} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Group justify="flex-end" mt="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
