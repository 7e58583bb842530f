import { Alert, Button, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';

interface SecretRevealProps {
  /** What the secret is, e.g. "API key" or "signing secret". */
  label: string;
  secret: string;
  /** What to do when the secret is lost; rolling it, unless the caller says otherwise. */
  lostHint?: string;
  /**
   * How the server keeps the secret: "hash" (API keys: it can never be shown again) or
   * "encrypted" (webhook signing secrets: it can be revealed again after a password check).
   */
  storage?: 'hash' | 'encrypted';
}

/**
 * A secret the server returns once (a new API key, a webhook signing
 * secret): shown in full with a copy button and a warning that it cannot be
 * shown again.
 */
export function SecretReveal({ label, secret, lostHint, storage = 'hash' }: SecretRevealProps) {
  return (
    <Stack gap="xs">
      <Alert color="yellow" title={`Copy your ${label} now`} role="note">
        {storage === 'encrypted'
          ? 'Store it somewhere safe, such as a secrets manager. KeyBS keeps it encrypted: you can reveal it again from the endpoint page after confirming your password.'
          : 'This is the only time it is shown. Store it somewhere safe, such as a secrets manager: KeyBS keeps only a hash and cannot show it again.'}
      </Alert>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code
          block
          aria-label={`Your new ${label}`}
          data-testid="secret-value"
          style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', fontSize: 'var(--mantine-font-size-sm)' }}
        >
          {secret}
        </Code>
        <CopyButton value={secret} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
              <Button
                variant={copied ? 'filled' : 'default'}
                color={copied ? 'teal' : undefined}
                onClick={copy}
                aria-label={copied ? `${capitalise(label)} copied` : `Copy ${label}`}
              >
                {copied ? 'Copied' : 'Copy'}
              </Button>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text size="xs" c="dimmed" aria-live="polite">
        {lostHint ?? `Lost it? Roll the ${label} to get a new one.`}
      </Text>
    </Stack>
  );
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

