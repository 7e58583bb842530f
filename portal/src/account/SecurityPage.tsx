import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { formatDateTime, formatRelative } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePageTitle } from '../app/pageTitle';
import { useSession } from '../auth/SessionContext';
import { RevokeSessionMutation, SessionsQuery, SignOutEverywhereMutation } from './documents';

/** Where the account is signed in, with a way to end each session or all of them. */
export function SecurityPage() {
  usePageTitle('Security');
  const { manager } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SessionsQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching: revoking }, revoke] = useMutation(RevokeSessionMutation);
  const [{ fetching: signingOut }, signOutEverywhere] = useMutation(SignOutEverywhereMutation);
  const [actionError, setActionError] = useState<string | null>(null);
  if (!data && fetching) return <PageLoader label="Loading your sessions…" />;
  if (!data) return <LoadError title="Your sessions could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;

  const signOut = (id: string, current: boolean) => {
    setActionError(null);
    void revoke({ id }).then((r) => {
      if (r.error) setActionError(actionErrorMessage(r.error));
      else if (current) void manager.logOut();
      else refetch({ requestPolicy: 'network-only' });
    });
  };

  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1} size="h2">
          Security
        </Title>
        <Text c="dimmed">The browsers and clients signed in to your account. Signing one out takes effect on its next request.</Text>
      </div>
      {actionError && (
        <Alert color="red" role="alert">
          {actionError}
        </Alert>
      )}
      <Card withBorder padding="md" component="section" aria-labelledby="sessions-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="sessions-heading">
            Active sessions
          </Title>
          <Button
            color="red"
            variant="light"
            loading={signingOut}
            onClick={() =>
              void signOutEverywhere({}).then((r) => {
                if (r.error) setActionError(actionErrorMessage(r.error));
                else void manager.logOut();
              })
            }
          >
            Sign out everywhere
          </Button>
        </Group>
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Active sessions" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Device</Table.Th>
                <Table.Th scope="col">IP address</Table.Th>
                <Table.Th scope="col">Last seen</Table.Th>
                <Table.Th scope="col">Signed in</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.sessions.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {s.device}
                    {s.current && (
                      <Badge ml="xs" size="sm" variant="light" color="green">
                        This browser
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{s.ip || '—'}</Table.Td>
                  <Table.Td title={formatDateTime(s.lastSeenAt)}>{formatRelative(s.lastSeenAt)}</Table.Td>
                  <Table.Td>{formatDateTime(s.signedInAt)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      disabled={revoking}
                      aria-label={`Sign out ${s.device}${s.current ? ' (this browser)' : ''}`}
                      onClick={() => signOut(s.id, s.current)}
                    >
                      Sign out
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}
