import { Alert, Badge, Button, Card, Checkbox, Code, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fragment, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { CodeBlock } from '../app/CodeBlock';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import { formatDateTime } from '../app/labels';
import { SecretReveal } from '../app/SecretReveal';
import type { ShareTokenField, ShareTokenFieldsFragment } from '../gql/graphql';
import {
  ALL_FIELDS,
  CreateShareTokenMutation,
  DEFAULT_EXPIRES_IN,
  DEFAULT_FIELDS,
  EXPIRY_OPTIONS,
  FIELD_LABELS,
  MAX_USES,
  OUTCOME_LABELS,
  RevokeShareTokenMutation,
  STATUS_LABELS,
  ShareTokenAttemptsQuery,
  ShareTokensQuery,
  publicBaseURL,
  validateShareTokenForm,
  verifyRequest,
  type ShareTokenForm,
} from './sharing';

type Token = ShareTokenFieldsFragment;

// A create or revoke changes the list, including the first token of an empty
// one, whose answer holds no ShareToken for the cache to match.
const CHANGES_TOKENS = { additionalTypenames: ['ShareToken', 'ShareTokenConnection'] };

/**
 * The share tokens of a published report: who may read which of its fields,
 * how often and until when, who did, and a way to stop it.
 */
export function ShareTokensSection({ caseId, verificationID, verifyURL }: { caseId: string; verificationID: string; verifyURL: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShareTokensQuery, variables: { caseId }, requestPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Token | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const tokens = (data?.shareTokens.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="share-tokens-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="share-tokens-heading">
          Share tokens
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => refetch({ requestPolicy: 'network-only' })} loading={fetching && Boolean(data)}>
            Refresh
          </Button>
          <Button size="xs" onClick={() => setCreating((o) => !o)} aria-expanded={creating}>
            Create a share token
          </Button>
        </Group>
      </Group>
      <Stack gap="md">
        <Text size="sm">
          A share token lets a third party without a KeyBS account read the fields of this report you choose, with{' '}
          <Code>POST /v1/kyc-share/verify</Code>, a limited number of times until it expires. Every attempt is recorded.
        </Text>
        {creating && <CreateShareTokenForm verificationID={verificationID} base={publicBaseURL(verifyURL)} onDone={() => setCreating(false)} />}
        {error && !data && (
          <Alert color="red" title="The share tokens could not be loaded">
            {actionErrorMessage(error)}
          </Alert>
        )}
        {data && tokens.length === 0 && (
          <Text size="sm" c="dimmed">
            No share tokens for this report yet.
          </Text>
        )}
        {tokens.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="Share tokens of this report" verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Token</Table.Th>
                  <Table.Th scope="col">State</Table.Th>
                  <Table.Th scope="col">Uses</Table.Th>
                  <Table.Th scope="col">Expires</Table.Th>
                  <Table.Th scope="col">Reveals</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.map((t) => (
                  <Fragment key={t.id}>
                    <Table.Tr data-testid="share-token-row" aria-label={`Share token ${t.prefix}…`}>
                      <Table.Td>
                        <Code>{t.prefix}…</Code>
                        <Text size="xs" c="dimmed">
                          Created {formatDateTime(t.createdAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_LABELS[t.status].color} variant="light">
                          {STATUS_LABELS[t.status].label}
                        </Badge>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {t.uses} of {t.maxUses} used
                      </Table.Td>
                      <Table.Td>{t.revokedAt ? `Revoked ${formatDateTime(t.revokedAt)}` : formatDateTime(t.expiresAt)}</Table.Td>
                      <Table.Td>{t.fields.map((f) => FIELD_LABELS[f] ?? f).join(', ')}</Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() => setOpen((o) => (o === t.id ? null : t.id))}
                            aria-expanded={open === t.id}
                            aria-controls={`attempts-${t.id}`}
                          >
                            {open === t.id ? 'Hide attempts' : 'See attempts'}
                          </Button>
                          {t.status !== 'REVOKED' && (
                            <Button size="compact-xs" variant="light" color="red" onClick={() => setRevoking(t)}>
                              Revoke
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                    {open === t.id && (
                      <Table.Tr>
                        <Table.Td colSpan={6} id={`attempts-${t.id}`}>
                          <Attempts token={t} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <RevokeShareTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </Card>
  );
}

/** The create form, then the new token, which is shown this once. */
function CreateShareTokenForm({ verificationID, base, onDone }: { verificationID: string; base: string; onDone: () => void }) {
  const [form, setForm] = useState<ShareTokenForm>({ fields: DEFAULT_FIELDS, maxUses: 1, expiresIn: DEFAULT_EXPIRES_IN });
  const [errors, setErrors] = useState<ReturnType<typeof validateShareTokenForm>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateShareTokenMutation);
  const submit = async () => {
    setRefusal(null);
    const found = validateShareTokenForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await create(
      { input: { verificationId: verificationID, fields: form.fields as ShareTokenField[], maxUses: Number(form.maxUses), expiresIn: Number(form.expiresIn) } },
      CHANGES_TOKENS,
    );
    if (result.error) {
      // A refusal naming an input goes under it; any other next to the button.
      const { fieldErrors, formError } = interpretError(result.error, ['fields', 'maxUses', 'expiresIn'] as const);
      setErrors(fieldErrors);
      setRefusal(Object.keys(fieldErrors).length > 0 ? formError : actionErrorMessage(result.error));
    } else if (result.data) setCreated(result.data.createShareToken.token);
  };
  if (created) {
    return (
      <Card withBorder padding="md" aria-label="Your new share token" component="section">
        <Stack gap="sm">
          <SecretReveal label="share token" secret={created} lostHint="Lost it? Revoke it and create a new one." />
          <CodeBlock code={verifyRequest(base, created)} language="bash" title="The request the third party sends (full link and token)" />
          <Group justify="flex-end">
            <Button onClick={onDone}>I have saved the token</Button>
          </Group>
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder padding="md" component="form" aria-label="Create a share token" noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
      <Stack gap="sm">
        <Checkbox.Group
          label="Fields it reveals"
          description="The third party sees these fields of the report and nothing else."
          value={form.fields}
          onChange={(fields) => setForm((f) => ({ ...f, fields }))}
          error={errors.fields}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={6} mt={6}>
            {ALL_FIELDS.map((f) => (
              <Checkbox key={f} value={f} label={FIELD_LABELS[f]} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Group align="flex-start" grow maw={520}>
          <NumberInput
            label="Uses allowed"
            description={`How many times it can be presented, 1 to ${MAX_USES}.`}
            min={1}
            max={MAX_USES}
            allowDecimal={false}
            value={form.maxUses}
            onChange={(maxUses) => setForm((f) => ({ ...f, maxUses }))}
            error={errors.maxUses}
          />
          <NativeSelect
            label="Expires after"
            description="Counted from now."
            data={EXPIRY_OPTIONS}
            value={form.expiresIn}
            onChange={(e) => {
              const expiresIn = e.currentTarget.value;
              setForm((f) => ({ ...f, expiresIn }));
            }}
            error={errors.expiresIn}
          />
        </Group>
        <Group gap="sm" align="center">
          <Button type="submit" loading={fetching} aria-describedby={refusal ? 'create-share-token-error' : undefined}>
            Create share token
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          {refusal && (
            <Text size="sm" c="red" id="create-share-token-error" role="alert">
              {refusal}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** Every presentation of one token, newest first, read fresh when opened. */
function Attempts({ token }: { token: Token }) {
  const [{ data, fetching, error }] = useQuery({ query: ShareTokenAttemptsQuery, variables: { id: token.id }, requestPolicy: 'network-only' });
  const attempts = (data?.shareTokens.edges?.[0]?.node?.attempts.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (!data && fetching) return <Text size="sm">Loading the attempts…</Text>;
  if (!data) return <Alert color="red" title="The attempts could not be loaded">{error ? actionErrorMessage(error) : null}</Alert>;
  if (attempts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No one has presented this token yet.
      </Text>
    );
  }
  return (
    <Table aria-label={`Attempts with share token ${token.prefix}…`} verticalSpacing={4} fz="xs" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Time</Table.Th>
          <Table.Th scope="col">Outcome</Table.Th>
          <Table.Th scope="col">IP address</Table.Th>
          <Table.Th scope="col">Requesting domain</Table.Th>
          <Table.Th scope="col">User agent</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {attempts.map((a) => (
          <Table.Tr key={a.id} data-testid="share-attempt">
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.createdAt)}</Table.Td>
            <Table.Td>{OUTCOME_LABELS[a.outcome] ?? a.outcome}</Table.Td>
            <Table.Td>{a.ip || '—'}</Table.Td>
            <Table.Td>{a.domain || 'None sent'}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.userAgent || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Revoke after a confirmation: the next presentation answers not found. */
function RevokeShareTokenDialog({ token, onClose }: { token: Token | null; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, revoke] = useMutation(RevokeShareTokenMutation);
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!token) return;
    setError(null);
    const result = await revoke({ id: token.id }, CHANGES_TOKENS);
    if (result.error) setError(actionErrorMessage(result.error));
    else {
      notifications.show({ color: 'green', message: `Share token ${token.prefix}… is revoked.` });
      close();
    }
  };
  return (
    <Modal opened={token !== null} onClose={close} title={`Revoke share token ${token?.prefix ?? ''}…?`}>
      <Stack>
        <Text size="sm">
          Whoever holds it can no longer read the report with it: the next attempt is answered as if the token never existed. This cannot be
          undone.
        </Text>
        <Group justify="flex-end" align="center">
          {error && (
            <Text size="sm" c="red" role="alert" id="revoke-share-token-error" style={{ flex: 1 }}>
              {error}
            </Text>
          )}
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void submit()} loading={fetching} aria-describedby={error ? 'revoke-share-token-error' : undefined}>
            Revoke token
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
