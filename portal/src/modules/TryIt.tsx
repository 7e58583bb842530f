import { Alert, Anchor, Button, Code, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { createdTestKey, isTestKey, subscribeCreatedKey } from '../docs/sessionKey';
import { exampleBody, type ApiOperation } from './openapi';

interface TryItProps {
  op: ApiOperation;
  baseUrl: string;
  /** The operation's parameters, references resolved. */
  params: { name: string; in: string; required?: boolean }[];
}

/**
 * Try it against the sandbox: sends the operation from this browser with a
 * TEST key, the body pre-filled with the documented example. The key is the
 * one created in this tab (never stored, never sent to the portal's own
 * API) or one pasted here; a live key is refused before anything is sent.
 */
export function TryIt({ op, baseUrl, params }: TryItProps) {
  const created = useSyncExternalStore(subscribeCreatedKey, createdTestKey);
  const [typed, setTyped] = useState<string | null>(null);
  const key = (typed ?? created ?? '').trim();
  const example = exampleBody(op);
  const [values, setValues] = useState<Record<string, string>>({});
  const [body, setBody] = useState(example === undefined ? '' : JSON.stringify(example, null, 2));
  const [result, setResult] = useState<{ status: string; body: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const name = `${op.method.toUpperCase()} ${op.path}`;
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');

  const send = async () => {
    setProblem(null);
    if (!key) return setProblem('Paste a test key (kbs_test_…) first.');
    if (!isTestKey(key)) return setProblem('Only test keys (kbs_test_…) are used here: live keys never call from the portal.');
    if (body && op.method !== 'get') {
      try {
        JSON.parse(body);
      } catch {
        return setProblem('The request body is not valid JSON.');
      }
    }
    let path = op.path.replace(/\{([^}]+)\}/g, (_, n: string) => encodeURIComponent(values[n] ?? ''));
    const query = new URLSearchParams();
    for (const p of queryParams) if (values[p.name]) query.set(p.name, values[p.name]!);
    if (query.size > 0) path += `?${query}`;
    setSending(true);
    try {
      const res = await fetch(baseUrl + path, {
        method: op.method.toUpperCase(),
        headers: { Authorization: `Bearer ${key}`, Accept: 'application/json', ...(body && op.method !== 'get' ? { 'Content-Type': 'application/json' } : {}) },
        body: op.method === 'get' || !body ? undefined : body,
      });
      const text = await res.text();
      let pretty = text;
      try {
        pretty = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // not JSON: shown as it came
      }
      setResult({ status: `${res.status} ${res.statusText}`.trim(), body: pretty });
    } catch (e) {
      setProblem(`The request failed: ${(e as Error).message}`);
    } finally {
      setSending(false);
    }
  };

  return (
    <Stack gap="xs" component="form" aria-label={`Try ${name}`} onSubmit={(e) => (e.preventDefault(), void send())}>
      <Text fw={600} size="sm">
        Try it in the sandbox
      </Text>
      {!created && typed === null && (
        <Alert color="blue" variant="light" title="No test key in this tab">
          <Text size="sm">
            Keys are shown once and never stored by the portal. <Anchor component={Link} to="/keys">Create a test key</Anchor> and come back: this tab fills it in
            for you. Or paste one of your test keys below; it stays in this browser.
          </Text>
        </Alert>
      )}
      <TextInput
        label="Test key"
        size="xs"
        value={typed ?? created ?? ''}
        onChange={(e) => setTyped(e.currentTarget.value)}
        placeholder="kbs_test_…"
        autoComplete="off"
        spellCheck={false}
      />
      {[...pathParams, ...queryParams].map((p) => (
        <TextInput
          key={p.in + p.name}
          label={`${p.name} (${p.in})`}
          size="xs"
          required={p.required}
          value={values[p.name] ?? ''}
          onChange={(e) => setValues({ ...values, [p.name]: e.currentTarget.value })}
        />
      ))}
      {op.requestBody && <Textarea label="Request body" size="xs" autosize minRows={3} maxRows={16} value={body} onChange={(e) => setBody(e.currentTarget.value)} />}
      {problem && (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      )}
      <Group>
        <Button type="submit" size="xs" loading={sending}>
          Send test request
        </Button>
      </Group>
      {result && (
        <Stack gap={4}>
          <Text size="sm" fw={600} data-testid="try-it-status">
            {result.status}
          </Text>
          <Code block aria-label={`Response of ${name}`}>
            {result.body}
          </Code>
        </Stack>
      )}
    </Stack>
  );
}
