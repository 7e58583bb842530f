import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The centred card the sign-up and log-in pages share. */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <Stack maw={480} mx="auto" my="xl" gap="md">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        {subtitle && (
          <Text c="dimmed" mt={4}>
            {subtitle}
          </Text>
        )}
      </div>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        {children}
      </Paper>
    </Stack>
  );
}

/** Moves focus to the first field the server or the checks rejected. */
export function focusFirstError(formId: string, fields: readonly string[], errors: Partial<Record<string, unknown>>) {
  const first = fields.find((field) => errors[field]);
  if (!first) return;
  const element = document.getElementById(`${formId}-${first}`);
  element?.focus();
}
