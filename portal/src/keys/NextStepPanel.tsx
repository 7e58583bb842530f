import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { CodeBlock } from '../app/CodeBlock';
import { PostmanDownload } from '../docs/PostmanDownload';
import { curlExample } from './keyForm';

interface NextStepPanelProps {
  secret: string;
  apiKey: { scopes: readonly string[]; allowedOrigins?: readonly string[] | null; environment: string };
}

/** After a key is created: the first API call to make with it, ready to paste. */
export function NextStepPanel({ secret, apiKey }: NextStepPanelProps) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="next-step-heading">
      <Title order={3} size="h5" id="next-step-heading">
        Next step: make your first call
      </Title>
      <Text size="sm">
        Run this in a terminal. It lists the {apiKey.environment === 'LIVE' ? 'live' : 'sandbox'} verifications of
        your organization{apiKey.environment === 'LIVE' ? '' : ' (new accounts come with demo data)'}.
      </Text>
      <CodeBlock title="First API call (curl)" language="bash" code={curlExample(secret, apiKey)} />
      <Text size="sm">
        Then read the{' '}
        <Anchor component={Link} to="/docs">
          API reference
        </Anchor>{' '}
        or set up{' '}
        <Anchor component={Link} to="/webhooks">
          webhooks
        </Anchor>{' '}
        to hear about changes.
      </Text>
      <PostmanDownload secret={secret} environment={apiKey.environment} />
    </Stack>
  );
}
