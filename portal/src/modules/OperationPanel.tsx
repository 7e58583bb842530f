import { Badge, Code, Group, Stack, Table, Text } from '@mantine/core';
import { CodeSamples } from '../docs/CodeSamples';
import { exampleBody, magicValuesOf, scopesOf, type ApiDocument, type ApiOperation } from './openapi';
import { TryIt } from './TryIt';

export const METHOD_COLOR: Record<string, string> = { get: 'blue', post: 'teal', put: 'orange', patch: 'grape', delete: 'red' };

/** An operation's method and path, as the reference shows them. */
export function OperationLabel({ op }: { op: ApiOperation }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <Badge color={METHOD_COLOR[op.method]} variant="light" w={70} style={{ flexShrink: 0 }}>
        {op.method.toUpperCase()}
      </Badge>
      <Code data-testid="operation-path">{op.path}</Code>
      <Text size="sm">{op.summary}</Text>
    </Group>
  );
}

/** The sandbox's magic values of an operation, as a table or the description's own words. */
export function MagicValues({ op }: { op: ApiOperation }) {
  const { values, text } = magicValuesOf(op);
  if (values.length > 0) {
    return (
      <Table withTableBorder aria-label={`Magic values of ${op.method.toUpperCase()} ${op.path}`} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Value</Table.Th>
            <Table.Th scope="col">Forces</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {values.map((v) => (
            <Table.Tr key={v.field + v.value}>
              <Table.Td>
                <Code>{v.field}</Code>
              </Table.Td>
              <Table.Td>
                <Code>{v.value}</Code>
              </Table.Td>
              <Table.Td>{v.outcome}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  if (text) {
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="magic-values-text">
        {text}
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      No magic values: the sandbox answers as the live API would.
    </Text>
  );
}

/** One operation in full: what it needs, its magic values, code in six languages and a try-it form. */
export function OperationPanel({ op, doc, baseUrl }: { op: ApiOperation; doc: ApiDocument; baseUrl: string }) {
  const params = (op.parameters ?? [])
    .map((p) => (p.$ref ? doc.components?.parameters?.[p.$ref.split('/').pop() ?? ''] : p))
    .filter((p): p is { name: string; in: string; required?: boolean; description?: string } => !!p?.name && p.in !== 'header');
  const scopes = scopesOf(op);
  return (
    <Stack gap="sm">
      <Text size="sm">
        {scopes.length > 0 ? (
          <>
            Requires the scope {scopes.map((s) => <Code key={s}>{s}</Code>)}.
          </>
        ) : (
          'Public: no credentials.'
        )}
      </Text>
      <Stack gap={4}>
        <Text fw={600} size="sm">
          Sandbox magic values
        </Text>
        <MagicValues op={op} />
      </Stack>
      <CodeSamples method={op.method} path={op.path} samples={op['x-codeSamples']} body={exampleBody(op)} baseUrl={baseUrl} />
      <TryIt op={op} baseUrl={baseUrl} params={params} />
    </Stack>
  );
}
