import { Alert, Button, Stack, Text } from '@mantine/core';
import type { CombinedError } from '@urql/core';
import { errorCode } from './graphqlErrors';

/** The error state of a page or panel whose query failed, with a retry. */
export function LoadError({ title, error, onRetry }: { title: string; error: CombinedError | undefined; onRetry: () => void }) {
  const code = errorCode(error);
  return (
    <Alert color="red" title={title} role="alert" maw={720}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {code === 'network'
            ? 'We cannot reach KeyBS right now. Check your connection and try again.'
            : code === 'forbidden'
              ? 'Your role does not allow this. Ask an owner or admin of your organization.'
              : 'Something went wrong while loading. Please try again.'}
        </Text>
        <Button size="xs" variant="default" onClick={onRetry}>
          Try again
        </Button>
      </Stack>
    </Alert>
  );
}
