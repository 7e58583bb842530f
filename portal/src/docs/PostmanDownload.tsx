import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

interface PostmanDownloadProps {
  /** The key just created: it goes into the environment file here, in the browser, and nowhere else. */
  secret: string;
  environment: 'TEST' | 'LIVE' | string;
}

interface PostmanEnvironment {
  values: { key: string; value: string; type?: string; enabled?: boolean }[];
  [field: string]: unknown;
}

/**
 * Fills the key into the server's Postman environment (baseUrl is this
 * server) without sending the key anywhere: the environment is fetched
 * without it, the key is written into the copy in memory, and the browser
 * saves that copy.
 */
export function withKey(env: PostmanEnvironment, secret: string): PostmanEnvironment {
  const values = env.values.map((v) => (v.key === 'apiKey' ? { ...v, value: secret, type: 'secret', enabled: true } : v));
  if (!values.some((v) => v.key === 'apiKey')) values.push({ key: 'apiKey', value: secret, type: 'secret', enabled: true });
  return { ...env, values };
}

function save(name: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** After a key is created: the Postman collection and an environment that already holds the key. */
export function PostmanDownload({ secret, environment }: PostmanDownloadProps) {
  const env = environment === 'LIVE' ? 'live' : 'test';
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const downloadEnvironment = async () => {
    setError(null);
    try {
      const res = await fetch(`/v1/postman/environment.json?environment=${env}`, { headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      const filled = withKey((await res.json()) as PostmanEnvironment, secret);
      save(`keybs-${env}.postman_environment.json`, JSON.stringify(filled, null, 2) + '\n');
      setSaved(true);
    } catch (e) {
      setError(`Could not prepare the environment: ${e instanceof Error ? e.message : String(e)}. Download it without the key and paste the key into apiKey.`);
    }
  };

  return (
    <section aria-labelledby="postman-heading">
      <Text fw={600} size="sm" id="postman-heading">
        Try it in Postman
      </Text>
      <Text size="sm" c="dimmed">
        The collection holds every operation with a test per request; the environment points at this server and holds
        this key (filled in by your browser: the key is not sent anywhere).
      </Text>
      <Group gap="xs" mt="xs">
        <Button component="a" href="/v1/postman/collection.json" download variant="default" size="xs">
          Download Postman collection
        </Button>
        <Button onClick={downloadEnvironment} variant="default" size="xs">
          Download environment with this key
        </Button>
      </Group>
      {saved && (
        <Text size="xs" mt={4} role="status">
          Saved keybs-{env}.postman_environment.json: import both files in Postman and pick the “KeyBS {env}” environment.
        </Text>
      )}
      {error && (
        <Alert color="red" mt="xs" role="alert">
          {error}{' '}
          <Anchor href={`/v1/postman/environment.json?environment=${env}`}>Environment without the key</Anchor>
        </Alert>
      )}
    </section>
  );
}
