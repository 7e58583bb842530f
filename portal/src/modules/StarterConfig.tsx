import { Alert, Anchor, Group, Stack, Tabs, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { CodeBlock } from '../app/CodeBlock';

/** The starter client's languages, as GET /v1/starter/{industry}/{lang} names them. */
export const STARTER_LANGS = [
  { id: 'javascript', label: 'JavaScript', file: 'client.mjs', highlight: 'javascript' },
  { id: 'python', label: 'Python', file: 'client.py', highlight: 'python' },
  { id: 'php', label: 'PHP', file: 'client.php', highlight: 'typescript' },
  { id: 'java', label: 'Java', file: 'Client.java', highlight: 'typescript' },
  { id: 'go', label: 'Go', file: 'client.go', highlight: 'go' },
] as const;

type Lang = (typeof STARTER_LANGS)[number]['id'];

/**
 * The industry's starter configuration as the server generates it: the
 * .env and a client per language with the preset scopes, rate limit,
 * webhook events and retry settings, each shown and downloadable.
 */
export function StarterConfig({ industry }: { industry: string }) {
  const [lang, setLang] = useState<Lang>('javascript');
  const [source, setSource] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const files: { key: string; url: string }[] = [
    { key: 'env', url: `/v1/starter/${industry}` },
    { key: lang, url: `/v1/starter/${industry}/${lang}` },
  ];
  const wanted = files.filter((f) => source[`${industry}/${f.key}`] === undefined);
  useEffect(() => {
    let live = true;
    for (const f of wanted) {
      fetch(f.url)
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${f.url} answered ${r.status}`))))
        .then((text) => live && setSource((s) => ({ ...s, [`${industry}/${f.key}`]: text })))
        .catch((e: Error) => live && setError(e.message));
    }
    return () => {
      live = false;
    };
    // wanted is derived from industry, lang and what is loaded
  }, [industry, lang]);
  const env = source[`${industry}/env`];
  const client = source[`${industry}/${lang}`];
  return (
    <Stack gap="sm">
      {error && (
        <Alert color="red" role="alert" title="A starter file could not be loaded">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm">
          The recommended configuration: the preset scopes, the rate limits, the webhook events to subscribe to, and retries that honour <code>Retry-After</code>.
        </Text>
        <Anchor href={`/v1/starter/${industry}`} download={`keybs-${industry}.env`} size="sm">
          Download keybs-{industry}.env
        </Anchor>
      </Group>
      {env !== undefined && <CodeBlock title={`Starter .env for ${industry}`} language="bash" code={env} />}
      <Tabs value={lang} onChange={(v) => v && setLang(v as Lang)} keepMounted={false}>
        <Tabs.List aria-label="Starter client language">
          {STARTER_LANGS.map((l) => (
            <Tabs.Tab key={l.id} value={l.id}>
              {l.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {STARTER_LANGS.map((l) => (
          <Tabs.Panel key={l.id} value={l.id} pt="xs">
            <Stack gap="xs">
              <Anchor href={`/v1/starter/${industry}/${l.id}`} download={l.file} size="sm">
                Download {l.file}
              </Anchor>
              {client !== undefined && l.id === lang && <CodeBlock title={`${l.label} starter client for ${industry}`} language={l.highlight} code={client} />}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
