import { Alert, Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Component, Suspense, lazy, type ReactNode } from 'react';
import { Link } from 'react-router';
import { CodeBlock } from '../app/CodeBlock';
import { PageLoader } from '../app/PageLoader';
import { useSession } from '../auth/SessionContext';

// The reference is loaded only when shown, so the first load of the portal stays small.
const ApiReference = lazy(() => import('./ApiReference'));

export const OPENAPI_URL = '/v1/openapi.json';

/** The API reference, rendered from the server's OpenAPI document, with a quick start on top. */
export function DocsPage() {
  const { state } = useSession();
  const origin = window.location.origin;
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1} size="h2">
          API reference
        </Title>
        <Text c="dimmed">
          REST <code>/v1</code>, described by{' '}
          <Anchor href={OPENAPI_URL} target="_blank" rel="noreferrer">
            openapi.json
          </Anchor>{' '}
          (OpenAPI 3.1; import it into Postman or your code generator).
        </Text>
      </div>
      <Card withBorder padding="lg" component="section" aria-labelledby="quickstart-heading">
        <Title order={2} size="h4" id="quickstart-heading" mb="xs">
          Quick start
        </Title>
        <Stack gap="sm">
          <Text size="sm">
            1.{' '}
            {state.status === 'authenticated' ? (
              <Anchor component={Link} to="/keys">
                Create a test key
              </Anchor>
            ) : (
              <Anchor component={Link} to="/signup">
                Sign up
              </Anchor>
            )}{' '}
            (it starts with <code>kbs_test_</code>). 2. Send it as a bearer token:
          </Text>
          <CodeBlock
            title="List verifications (curl)"
            language="bash"
            code={`curl ${origin}/v1/verifications \\\n  -H "Authorization: Bearer kbs_test_…"`}
          />
          <Text size="sm">
            Errors always look like <code>{'{"error":{"code","message","request_id"}}'}</code>; every response carries{' '}
            <code>X-Request-Id</code> and rate-limit headers.
          </Text>
        </Stack>
      </Card>
      <section aria-label="Endpoints">
        <ReferenceBoundary>
          <Suspense fallback={<PageLoader label="Loading the API reference…" />}>
            <ApiReference url={OPENAPI_URL} />
          </Suspense>
        </ReferenceBoundary>
      </section>
    </Stack>
  );
}

/** If the reference bundle fails to load (offline, new release), say so instead of a blank page. */
class ReferenceBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) {
      return (
        <Alert color="red" role="alert" title="The API reference could not be shown">
          Reload the page, or read <Anchor href={OPENAPI_URL}>openapi.json</Anchor> directly.
        </Alert>
      );
    }
    return this.props.children;
  }
}
