import { Button, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { ROLE_LABELS } from '../app/labels';
import { useMembership, useSession } from '../auth/SessionContext';
import { MyMembershipChangedSubscription, MyOrganizationsQuery, SwitchOrganizationMutation } from './documents';

/** The header's organization menu: which one the session acts in, the others, and "create another". */
export function OrganizationSwitcher() {
  const { manager } = useSession();
  const current = useMembership();
  const [{ data }] = useQuery({ query: MyOrganizationsQuery });
  const [{ fetching }, switchTo] = useMutation(SwitchOrganizationMutation);
  const [error, setError] = useState<string | null>(null);
  const memberships = data?.viewer?.memberships ?? [];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" loading={fetching} aria-label={`Organization: ${current?.tenant.name ?? 'none'}. Switch organization`} maw={220}>
          <Text span size="xs" truncate>
            {current?.tenant.name ?? 'No organization'}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Your organizations</Menu.Label>
        {memberships.map((m) => (
          <Menu.Item
            key={m.id}
            disabled={m.tenant.id === current?.tenant.id}
            rightSection={<Text size="xs" c="dimmed">{ROLE_LABELS[m.role]}</Text>}
            onClick={() => {
              setError(null);
              void switchTo({ tenantId: m.tenant.id }).then((r) => {
                if (r.error) setError(r.error.message);
                else if (r.data) manager.signIn(r.data.switchOrganization);
              });
            }}
          >
            {m.tenant.name}
          </Menu.Item>
        ))}
        {error && (
          <Menu.Label c="red" role="alert">
            {error}
          </Menu.Label>
        )}
        <Menu.Divider />
        <Menu.Item component={Link} to="/organizations/new">
          Create another organization
        </Menu.Item>
        <Menu.Item component={Link} to="/account">
          Account settings
        </Menu.Item>
        <Menu.Item component={Link} to="/account/security">
          Security
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * Renders nothing; follows the viewer's own membership. When an owner or
 * admin changes this member's role (or removes them), the server pushes it
 * and the session renews: the new access token carries the new role, the
 * client is rebuilt and every page drops what the old role showed, without
 * a reload. A removed member lands in another organization, or is signed out.
 */
export function MembershipWatcher() {
  const { manager } = useSession();
  useSubscription({ query: MyMembershipChangedSubscription }, (_, event) => {
    void manager.refresh();
    return event;
  });
  return null;
}
