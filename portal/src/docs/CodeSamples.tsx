import { Anchor, Stack, Tabs, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { CodeBlock } from '../app/CodeBlock';
import { createdTestKey, subscribeCreatedKey } from './sessionKey';

/** One entry of an operation's x-codeSamples (the convention ReDoc reads). */
export interface CodeSample {
  lang: string;
  label?: string;
  source: string;
}

/** The languages the samples come in, in tab order; Shell is curl. */
export const SAMPLE_LANGUAGES = ['JavaScript', 'Python', 'PHP', 'Java', 'Go', 'Shell'] as const;

type Highlight = 'javascript' | 'python' | 'go' | 'bash' | 'typescript' | 'json';
const HIGHLIGHT: Record<string, Highlight> = { JavaScript: 'javascript', Python: 'python', Go: 'go', Shell: 'bash', PHP: 'typescript', Java: 'typescript' };

/** The placeholder shown when this tab has no key it may show. */
export const KEY_PLACEHOLDER = 'kbs_test_…';

/** The placeholder for a portal session token (key management and audit export take one, never an API key). */
export const TOKEN_PLACEHOLDER = '<your portal access token>';

/** usesPortalToken says whether an operation's samples authenticate with a portal session token. */
export function usesPortalToken(samples: CodeSample[]): boolean {
  return samples.some((s) => s.source.includes('KEYBS_PORTAL_TOKEN'));
}

interface CodeSamplesProps {
  method: string;
  path: string;
  /** The operation's x-codeSamples, when the document has them. */
  samples?: CodeSample[];
  /** An example request body, for the curl built here when there is no Shell sample. */
  body?: unknown;
  /** Where the API is (this server), for KEYBS_BASE_URL. */
  baseUrl: string;
}

/** buildCurl is the curl call of an operation, reading the key from the environment like every sample. */
export function buildCurl(method: string, path: string, body?: unknown): string {
  const lines = [`curl -X ${method.toUpperCase()} "$KEYBS_BASE_URL${path}"`, '  -H "Authorization: Bearer $KEYBS_API_KEY"'];
  if (body !== undefined) {
    lines.push('  -H "Content-Type: application/json"');
    lines.push(`  -d '${JSON.stringify(body).replaceAll("'", "'\\''")}'`);
  }
  return lines.join(' \\\n');
}

/**
 * Tabs of an operation's samples in the five languages and curl. Each sample
 * reads KEYBS_BASE_URL and KEYBS_API_KEY; the setup lines above it fill in
 * the test key created in this tab, or a placeholder and a link to create one.
 */
export function CodeSamples({ method, path, samples = [], body, baseUrl }: CodeSamplesProps) {
  const key = useSyncExternalStore(subscribeCreatedKey, createdTestKey);
  const byLang = new Map(samples.filter((s) => SAMPLE_LANGUAGES.includes(s.lang as never)).map((s) => [s.lang, s]));
  if (!byLang.has('Shell')) byLang.set('Shell', { lang: 'Shell', label: 'curl', source: buildCurl(method, path, body) });
  const langs = SAMPLE_LANGUAGES.filter((l) => byLang.has(l));
  const session = usesPortalToken(samples);
  const setup = session
    ? `export KEYBS_BASE_URL=${baseUrl}\nexport KEYBS_PORTAL_TOKEN=${TOKEN_PLACEHOLDER}`
    : `export KEYBS_BASE_URL=${baseUrl}\nexport KEYBS_API_KEY=${key ?? KEY_PLACEHOLDER}`;
  const name = `${method.toUpperCase()} ${path}`;
  return (
    <Stack gap="xs">
      <Tabs defaultValue={langs[0]} keepMounted={false}>
        <Tabs.List aria-label={`Code samples for ${name}`}>
          {langs.map((l) => (
            <Tabs.Tab key={l} value={l}>
              {l === 'Shell' ? 'curl' : l}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {langs.map((l) => {
          const s = byLang.get(l)!;
          return (
            <Tabs.Panel key={l} value={l} pt="xs">
              <Stack gap="xs">
                <CodeBlock title={`Environment for ${name}`} language="bash" code={setup} />
                <CodeBlock title={`${s.label ?? l} sample for ${name}`} language={HIGHLIGHT[l] ?? 'bash'} code={s.source} />
              </Stack>
            </Tabs.Panel>
          );
        })}
      </Tabs>
      {session ? (
        <Text size="xs">
          This operation manages your account, so it takes a portal access token (a signed-in session), never an API
          key: an API key cannot create or revoke keys.
        </Text>
      ) : key ? (
        <Text size="xs" c="dimmed">
          Filled in with the test key you created in this tab; it stays in this browser.
        </Text>
      ) : (
        <Text size="xs">
          Replace <code>{KEY_PLACEHOLDER}</code> with one of your test keys, or{' '}
          <Anchor component={Link} to="/keys">
            create a test key
          </Anchor>{' '}
          to have it filled in here.
        </Text>
      )}
    </Stack>
  );
}
