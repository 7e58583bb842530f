import { Accordion, Alert, Badge, Button, Code, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { PageLoader } from '../app/PageLoader';
import { CodeSamples, type CodeSample } from './CodeSamples';
import { createdTestKey } from './sessionKey';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const METHOD_COLOR: Record<string, string> = { get: 'blue', post: 'teal', put: 'orange', patch: 'grape', delete: 'red' };

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name?: string; in?: string; required?: boolean; description?: string; $ref?: string }[];
  requestBody?: { content?: Record<string, { example?: unknown }> };
  security?: Record<string, string[]>[];
  'x-codeSamples'?: CodeSample[];
}

interface Document {
  servers?: { url: string }[];
  paths?: Record<string, Record<string, Operation>>;
  components?: { parameters?: Record<string, { name: string; in: string; required?: boolean; description?: string }> };
}

export interface ReferenceOperation extends Operation {
  method: string;
  path: string;
}

/** operationsOf lists a document's operations grouped by their first tag, in document order. */
export function operationsOf(doc: Document): Map<string, ReferenceOperation[]> {
  const groups = new Map<string, ReferenceOperation[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'Other';
      groups.set(tag, [...(groups.get(tag) ?? []), { ...op, method, path }]);
    }
  }
  return groups;
}

/** The scopes an operation's API-key requirement names. */
function scopesOf(op: Operation): string[] {
  const out = new Set<string>();
  for (const req of op.security ?? []) for (const scopes of Object.values(req)) scopes.forEach((s) => out.add(s));
  return [...out];
}

/**
 * The API reference, rendered from the server's own OpenAPI document: each
 * operation with its description, scopes, code samples in five languages and
 * curl, and a "Try it" form that calls this server from the browser.
 */
export default function ApiReference({ url }: { url: string }) {
  const [doc, setDoc] = useState<Document | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetch(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url} answered ${r.status}`))))
      .then((d: Document) => live && setDoc(d))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [url]);
  if (error) {
    return (
      <Alert color="red" role="alert" title="The API reference could not be loaded">
        {error}
      </Alert>
    );
  }
  if (!doc) return <PageLoader label="Loading the API reference…" />;
  const baseUrl = doc.servers?.[0]?.url ?? window.location.origin;
  return (
    <Stack gap="lg">
      {[...operationsOf(doc)].map(([tag, ops]) => (
        <section key={tag} aria-label={tag}>
          <Title order={2} size="h4" mb="xs">
            {tag}
          </Title>
          <Accordion variant="separated" multiple>
            {ops.map((op) => (
              <Accordion.Item key={op.method + op.path} value={op.method + op.path}>
                <Accordion.Control>
                  <Group gap="sm" wrap="nowrap">
                    <Badge color={METHOD_COLOR[op.method]} variant="light" w={70}>
                      {op.method.toUpperCase()}
                    </Badge>
                    <Code data-testid="operation-path">{op.path}</Code>
                    <Text size="sm">{op.summary}</Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <OperationDetail op={op} doc={doc} baseUrl={baseUrl} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </section>
      ))}
    </Stack>
  );
}

function OperationDetail({ op, doc, baseUrl }: { op: ReferenceOperation; doc: Document; baseUrl: string }) {
  const params = (op.parameters ?? [])
    .map((p) => (p.$ref ? doc.components?.parameters?.[p.$ref.split('/').pop() ?? ''] : p))
    .filter((p): p is { name: string; in: string; required?: boolean; description?: string } => !!p?.name);
  const example = op.requestBody?.content?.['application/json']?.example;
  const scopes = scopesOf(op);
  return (
    <Stack gap="sm">
      {op.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {op.description}
        </Text>
      )}
      <Text size="sm">
        {scopes.length > 0 ? (
          <>
            Requires the scope {scopes.map((s) => <Code key={s}>{s}</Code>)}.
          </>
        ) : op.security && op.security.length > 0 ? (
          'Requires a signed-in portal session.'
        ) : (
          'Public: no credentials.'
        )}
      </Text>
      {params.length > 0 && (
        <Stack gap={2}>
          {params.map((p) => (
            <Text size="xs" key={p.in + p.name}>
              <Code>{p.name}</Code> ({p.in}
              {p.required ? ', required' : ''}) {p.description}
            </Text>
          ))}
        </Stack>
      )}
      <CodeSamples method={op.method} path={op.path} samples={op['x-codeSamples']} body={example} baseUrl={baseUrl} />
      <TryIt op={op} baseUrl={baseUrl} pathParams={params.filter((p) => p.in === 'path').map((p) => p.name)} example={example} />
    </Stack>
  );
}

/** Try it: sends the request from this browser to this server with a key typed here (never stored). */
function TryIt({ op, baseUrl, pathParams, example }: { op: ReferenceOperation; baseUrl: string; pathParams: string[]; example: unknown }) {
  const [key, setKey] = useState(() => createdTestKey() ?? '');
  const [values, setValues] = useState<Record<string, string>>({});
  const [body, setBody] = useState(example === undefined ? '' : JSON.stringify(example, null, 2));
  const [result, setResult] = useState<string | null>(null);
  const name = `${op.method.toUpperCase()} ${op.path}`;
  const send = async () => {
    const path = op.path.replace(/\{([^}]+)\}/g, (_, n: string) => encodeURIComponent(values[n] ?? ''));
    try {
      const res = await fetch(baseUrl + path, {
        method: op.method.toUpperCase(),
        headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: op.method === 'get' || !body ? undefined : body,
      });
      setResult(`${res.status} ${res.statusText}\n\n${await res.text()}`);
    } catch (e) {
      setResult(`The request failed: ${(e as Error).message}`);
    }
  };
  return (
    <Stack gap="xs" component="form" aria-label={`Try ${name}`} onSubmit={(e) => (e.preventDefault(), void send())}>
      <Text fw={600} size="sm">
        Try it
      </Text>
      <TextInput label="API key" size="xs" value={key} onChange={(e) => setKey(e.currentTarget.value)} placeholder="kbs_test_…" autoComplete="off" />
      {pathParams.map((p) => (
        <TextInput key={p} label={p} size="xs" required value={values[p] ?? ''} onChange={(e) => setValues({ ...values, [p]: e.currentTarget.value })} />
      ))}
      {op.requestBody && <Textarea label="Request body" size="xs" autosize minRows={3} value={body} onChange={(e) => setBody(e.currentTarget.value)} />}
      <Group>
        <Button type="submit" size="xs">
          Send request
        </Button>
      </Group>
      {result && (
        <Code block aria-label={`Response of ${name}`}>
          {result}
        </Code>
      )}
    </Stack>
  );
}
