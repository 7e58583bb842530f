import { Alert, Badge, Button, Card, Group, Modal, NativeSelect, Stack, Switch, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { actionErrorMessage, interpretError } from '../app/graphqlErrors';
import { ROLE_LABELS, formatDate } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { usePageTitle } from '../app/pageTitle';
import { useMembership, useSession } from '../auth/SessionContext';
import { canAdminister } from '../auth/session';
import type { InvitationFieldsFragment, MemberFieldsFragment, MembershipRole } from '../gql/graphql';
import {
  ChangeMemberRoleMutation,
  InvitationsQuery,
  InviteMemberMutation,
  MembersQuery,
  OrganizationSecurityQuery,
  RemoveMemberMutation,
  RevokeInvitationMutation,
  SetRequireMfaMutation,
} from './documents';

const ROLES: MembershipRole[] = ['OWNER', 'ADMIN', 'DEVELOPER', 'VIEWER'];
const ROLE_HELP: Record<MembershipRole, string> = {
  OWNER: 'everything, including owners and the organization’s security',
  ADMIN: 'members (except owners), terms, KYC, applications, keys and webhooks',
  DEVELOPER: 'applications, keys and webhooks',
  VIEWER: 'reads everything, changes nothing',
};

/** Who belongs to the organization, with what role; owners and admins invite and manage them. */
export function MembersPage() {
  usePageTitle('Members');
  const { state } = useSession();
  const me = useMembership();
  const admin = canAdminister(state);
  const [members, refetchMembers] = useQuery({ query: MembersQuery, requestPolicy: 'cache-and-network' });
  const [invitations, refetchInvitations] = useQuery({ query: InvitationsQuery, pause: !admin, requestPolicy: 'cache-and-network' });
  const refresh = () => {
    refetchMembers({ requestPolicy: 'network-only' });
    if (admin) refetchInvitations({ requestPolicy: 'network-only' });
  };

  if (!members.data && members.fetching) return <PageLoader label="Loading the members…" />;
  if (!members.data) {
    return <LoadError title="The members could not be loaded" error={members.error} onRetry={refresh} />;
  }
  const list = members.data.members;
  const owners = list.filter((m) => m.role === 'OWNER').length;
  const pending = invitations.data?.invitations ?? [];

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1} size="h2">
          Members
        </Title>
        <Text c="dimmed">
          {me ? `The people of ${me.tenant.name} and what each may do.` : 'The people of your organization.'} Roles take effect on
          the member’s next request.
        </Text>
      </div>
      {admin && <InviteForm isOwner={me?.role === 'OWNER'} onInvited={refresh} />}
      <Card withBorder padding="md" component="section" aria-labelledby="members-heading">
        <Title order={2} size="h4" id="members-heading" mb="sm">
          {list.length} {list.length === 1 ? 'member' : 'members'}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Members" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Two-factor</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((m) => (
                <MemberRow
                  key={m.id}
                  member={m}
                  self={m.user.id === (state.status === 'authenticated' ? state.user.id : '')}
                  myRole={me?.role ?? 'VIEWER'}
                  lastOwner={m.role === 'OWNER' && owners === 1}
                  onChanged={refresh}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {admin && (
        <Card withBorder padding="md" component="section" aria-labelledby="invitations-heading">
          <Title order={2} size="h4" id="invitations-heading" mb="sm">
            Pending invitations
          </Title>
          {pending.length === 0 ? (
            <Text size="sm" c="dimmed">
              No pending invitations.
            </Text>
          ) : (
            <Table aria-label="Pending invitations" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Email</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Invited by</Table.Th>
                  <Table.Th scope="col">Valid until</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pending.map((inv) => (
                  <InvitationRow key={inv.id} invitation={inv} canRevoke={inv.role !== 'OWNER' || me?.role === 'OWNER'} onChanged={refresh} />
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      )}
      {me?.role === 'OWNER' && <RequireMfaCard />}
    </Stack>
  );
}

function InviteForm({ isOwner, onInvited }: { isOwner: boolean; onInvited: () => void }) {
  const [{ fetching }, invite] = useMutation(InviteMemberMutation);
  const [sent, setSent] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ email: string; role: MembershipRole }>({
    mode: 'controlled',
    initialValues: { email: '', role: 'DEVELOPER' },
    validate: { email: (v) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? null : 'Enter the email address to invite.') },
  });
  const submit = async (values: { email: string; role: MembershipRole }) => {
    setFormError(null);
    setSent(null);
    const result = await invite({ email: values.email.trim(), role: values.role });
    if (result.error) {
      const { fieldErrors, formError: message } = interpretError(result.error, ['email', 'role'] as const);
      form.setErrors(fieldErrors);
      setFormError(message);
      return;
    }
    setSent(values.email.trim());
    form.reset();
    onInvited();
  };
  const roles = ROLES.filter((r) => isOwner || r !== 'OWNER');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="invite-heading">
      <Title order={2} size="h4" id="invite-heading" mb="xs">
        Invite a teammate
      </Title>
      <form noValidate aria-label="Invite a teammate" onSubmit={form.onSubmit((v) => void submit(v))}>
        <Stack gap="sm">
          {sent && (
            <Alert color="green" role="status">
              We emailed an invitation to {sent}. The link works once, for 7 days.
            </Alert>
          )}
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <Group align="flex-start" wrap="wrap">
            <TextInput label="Email" type="email" required miw={280} {...form.getInputProps('email')} />
            <NativeSelect
              label="Role"
              data={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
              description={ROLE_HELP[form.values.role]}
              miw={220}
              {...form.getInputProps('role')}
            />
            <Button type="submit" loading={fetching} mt={24}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function MemberRow({
  member,
  self,
  myRole,
  lastOwner,
  onChanged,
}: {
  member: MemberFieldsFragment;
  self: boolean;
  myRole: MembershipRole;
  lastOwner: boolean;
  onChanged: () => void;
}) {
  const [{ fetching: changing }, changeRole] = useMutation(ChangeMemberRoleMutation);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canChange = (myRole === 'OWNER' || (myRole === 'ADMIN' && member.role !== 'OWNER')) && !lastOwner;
  const canRemove = (self || myRole === 'OWNER' || (myRole === 'ADMIN' && member.role !== 'OWNER')) && !lastOwner;
  const choices = ROLES.filter((r) => myRole === 'OWNER' || r !== 'OWNER');
  const label = member.user.name || member.user.email;
  return (
    <Table.Tr>
      <Table.Td>
        {member.user.name}
        {self && (
          <Badge ml="xs" size="sm" variant="light">
            You
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{member.user.email}</Table.Td>
      <Table.Td>
        {canChange ? (
          <NativeSelect
            aria-label={`Role of ${label}`}
            value={member.role}
            disabled={changing}
            data={choices.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            error={error}
            onChange={(e) => {
              const role = e.currentTarget.value as MembershipRole;
              setError(null);
              void changeRole({ membershipId: member.id, role }).then((r) => {
                if (r.error) setError(actionErrorMessage(r.error));
                else onChanged();
              });
            }}
          />
        ) : (
          <Text size="sm">
            {ROLE_LABELS[member.role]}
            {lastOwner && (
              <Text span size="xs" c="dimmed">
                {' '}
                (the last owner)
              </Text>
            )}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge color={member.user.mfaEnabledAt ? 'green' : 'gray'} variant="light">
          {member.user.mfaEnabledAt ? 'On' : 'Off'}
        </Badge>
      </Table.Td>
      <Table.Td>
        {canRemove && (
          <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(true)} aria-label={self ? 'Leave the organization' : `Remove ${label}`}>
            {self ? 'Leave' : 'Remove'}
          </Button>
        )}
        {removing && <RemoveDialog member={member} self={self} onClose={() => setRemoving(false)} onRemoved={onChanged} />}
      </Table.Td>
    </Table.Tr>
  );
}

function RemoveDialog({ member, self, onClose, onRemoved }: { member: MemberFieldsFragment; self: boolean; onClose: () => void; onRemoved: () => void }) {
  const [{ fetching }, remove] = useMutation(RemoveMemberMutation);
  const { manager } = useSession();
  const [error, setError] = useState<string | null>(null);
  const title = self ? 'Leave the organization?' : `Remove ${member.user.name || member.user.email}?`;
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack gap="sm">
        <Text size="sm">
          {self
            ? 'You lose access at once. Someone must invite you again for you to come back.'
            : 'They lose access on their next request. Their API keys keep working; revoke them separately if needed.'}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={fetching}
            onClick={() =>
              void remove({ membershipId: member.id }).then((r) => {
                if (r.error) {
                  setError(actionErrorMessage(r.error));
                  return;
                }
                onClose();
                if (self) void manager.refresh();
                else onRemoved();
              })
            }
          >
            {self ? 'Leave' : 'Remove'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function InvitationRow({ invitation, canRevoke, onChanged }: { invitation: InvitationFieldsFragment; canRevoke: boolean; onChanged: () => void }) {
  const [{ fetching }, revoke] = useMutation(RevokeInvitationMutation);
  const [error, setError] = useState<string | null>(null);
  return (
    <Table.Tr>
      <Table.Td>{invitation.email}</Table.Td>
      <Table.Td>{ROLE_LABELS[invitation.role]}</Table.Td>
      <Table.Td>{invitation.invitedBy.name}</Table.Td>
      <Table.Td>
        {invitation.state === 'EXPIRED' ? (
          <Badge color="gray" variant="light">
            Expired
          </Badge>
        ) : (
          formatDate(invitation.expiresAt)
        )}
      </Table.Td>
      <Table.Td>
        {canRevoke && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={fetching}
            aria-label={`Revoke the invitation of ${invitation.email}`}
            onClick={() =>
              void revoke({ id: invitation.id }).then((r) => {
                if (r.error) setError(actionErrorMessage(r.error));
                else onChanged();
              })
            }
          >
            Revoke
          </Button>
        )}
        {error && (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The owner's switch that makes a second factor mandatory for everyone. */
function RequireMfaCard() {
  const me = useMembership();
  const [{ data }, refetch] = useQuery({ query: OrganizationSecurityQuery });
  const [{ fetching }, setRequire] = useMutation(SetRequireMfaMutation);
  const [error, setError] = useState<string | null>(null);
  const tenant = data?.viewer?.memberships?.find((m) => m.tenant.id === me?.tenant.id)?.tenant;
  if (!data || !tenant) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="org-security-heading">
      <Title order={2} size="h4" id="org-security-heading" mb="xs">
        Organization security
      </Title>
      <Stack gap="xs">
        <Switch
          label="Require two-factor authentication of every member"
          description="Members without it can still sign in, but only to set it up; until then they see nothing of the organization."
          checked={tenant.requireMfa}
          disabled={fetching}
          onChange={(e) => {
            setError(null);
            void setRequire({ require: e.currentTarget.checked }).then((r) => {
              if (r.error) setError(actionErrorMessage(r.error));
              else refetch({ requestPolicy: 'network-only' });
            });
          }}
        />
        {!data.viewer?.mfaEnabledAt && !tenant.requireMfa && (
          <Text size="xs" c="dimmed">
            Turn on two-factor authentication for your own account first (Account settings).
          </Text>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
