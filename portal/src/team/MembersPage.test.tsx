import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { keyList } from '../keys/fixtures';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { TEST_MEMBERSHIP, fakeTransport, renderApp, signedInManager, tokens } from '../test/renderApp';
import { SessionManager } from '../auth/session';

const member = (id: string, role: string, email: string, name: string) => ({
  __typename: 'Membership',
  id,
  role,
  createdAt: '2026-01-01T00:00:00Z',
  user: { __typename: 'User', id: `usr_${id}`, email, name, mfaEnabledAt: null },
});

const members = () => ({
  data: {
    members: [
      { ...member('mem_1', 'OWNER', 'ada@example.com', 'Ada Lovelace'), user: { __typename: 'User', id: 'usr_1', email: 'ada@example.com', name: 'Ada Lovelace', mfaEnabledAt: null } },
      member('mem_2', 'DEVELOPER', 'charles@example.com', 'Charles Babbage'),
    ],
  },
});
const noInvitations = () => ({ data: { invitations: [] } });
const orgSecurity = () => ({
  data: { viewer: { __typename: 'User', id: 'usr_1', mfaEnabledAt: null, memberships: [{ __typename: 'Membership', id: 'mem_1', tenant: { __typename: 'Tenant', id: 'ten_1', requireMfa: false } }] } },
});

describe('MembersPage', () => {
  it('lets an owner invite with a role and shows the server’s refusal next to the email', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      Members: members,
      Invitations: noInvitations,
      OrganizationSecurity: orgSecurity,
      InviteMember: ({ variables }) =>
        variables.email === 'charles@example.com'
          ? gqlError('conflict', 'charles@example.com is already a member of this organization', 'email')
          : {
              data: {
                inviteMember: {
                  __typename: 'Invitation', id: 'inv_1', email: variables.email, role: variables.role, state: 'PENDING',
                  expiresAt: '2026-01-08T00:00:00Z', createdAt: '2026-01-01T00:00:00Z', invitedBy: { __typename: 'User', id: 'usr_1', name: 'Ada Lovelace' },
                },
              },
            },
    });
    renderApp('/members', { fetch: server.fetch, manager: signedInManager() });
    const form = await screen.findByRole('form', { name: 'Invite a teammate' });
    await user.type(within(form).getByLabelText(/^Email/), 'charles@example.com');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Email/)).toHaveAccessibleDescription(/already a member/));

    await user.clear(within(form).getByLabelText(/^Email/));
    await user.type(within(form).getByLabelText(/^Email/), 'grace@example.com');
    await user.selectOptions(within(form).getByLabelText(/^Role/), 'Viewer');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('We emailed an invitation to grace@example.com');
    expect(server.seen.filter((r) => r.operationName === 'InviteMember').at(-1)?.variables).toEqual({ email: 'grace@example.com', role: 'VIEWER' });
  }, 15_000);

  it('changes a member’s role from the table and keeps the last owner', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      Members: members,
      Invitations: noInvitations,
      OrganizationSecurity: orgSecurity,
      ChangeMemberRole: ({ variables }) => ({ data: { changeMemberRole: member(String(variables.membershipId), String(variables.role), 'charles@example.com', 'Charles Babbage') } }),
    });
    renderApp('/members', { fetch: server.fetch, manager: signedInManager() });
    const table = await screen.findByRole('table', { name: 'Members' });
    await user.selectOptions(within(table).getByLabelText('Role of Charles Babbage'), 'Viewer');
    await waitFor(() => expect(server.seen.find((r) => r.operationName === 'ChangeMemberRole')?.variables).toEqual({ membershipId: 'mem_2', role: 'VIEWER' }));
    // The sole owner's row offers neither a role menu nor removal.
    const owner = within(table).getByRole('row', { name: /Ada Lovelace/ });
    expect(within(owner).queryByRole('combobox')).toBeNull();
    expect(owner).toHaveTextContent('(the last owner)');
    expect(within(owner).queryByRole('button')).toBeNull();
  }, 15_000);

  it('shows a viewer the list and no controls', async () => {
    const server = graphqlFetch({ Members: members });
    renderApp('/members', { fetch: server.fetch, manager: signedInManager('VIEWER') });
    const table = await screen.findByRole('table', { name: 'Members' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('form', { name: 'Invite a teammate' })).toBeNull();
    expect(within(table).queryByRole('combobox')).toBeNull();
    expect(server.seen.some((r) => r.operationName === 'Invitations')).toBe(false);
  });
});

describe('a demoted member', () => {
  it('loses the create-key button without a reload when the server pushes the change', async () => {
    const subscriptions = fakeSubscriptions();
    const refresh = vi.fn(async () => tokens({ accessToken: 'access-2', membership: { ...TEST_MEMBERSHIP, role: 'VIEWER' } }));
    const manager = new SessionManager(fakeTransport({ refresh }));
    manager.signIn(tokens({ membership: { ...TEST_MEMBERSHIP, role: 'DEVELOPER' } }));
    const server = graphqlFetch({ ApiKeys: () => keyList([]) });
    renderApp('/keys', { fetch: server.fetch, manager, subscriptions });
    expect(await screen.findByRole('button', { name: 'Create key' })).toBeInTheDocument();

    await waitFor(() => expect(subscriptions.active.some((a) => a.operationName === 'MyMembershipChanged')).toBe(true));
    act(() => {
      subscriptions.emit('MyMembershipChanged', { myMembershipChanged: { __typename: 'MembershipChange', type: 'member.role_changed', membershipId: 'mem_1', role: 'VIEWER' } });
    });

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Create key' })).toBeNull());
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { name: 'API keys' })).toBeInTheDocument();
  });
});
