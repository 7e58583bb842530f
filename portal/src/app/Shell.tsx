import { AppShell, Anchor, Burger, Button, Group, NavLink as MantineNavLink, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Link, NavLink, Outlet, useMatch, useNavigate } from 'react-router';
import { useSession } from '../auth/SessionContext';
import { AccountBanners } from '../account/AccountBanners';
import { NotificationBell } from '../notifications/NotificationBell';
import { MembershipWatcher, OrganizationSwitcher } from '../team/OrganizationSwitcher';
import { NAV_ITEMS, type NavItem } from './navigation';

/** The page frame: header with brand, navigation and account actions. */
export function Shell() {
  const { state, manager } = useSession();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const [loggingOut, setLoggingOut] = useState(false);
  const navigate = useNavigate();
  const signedIn = state.status === 'authenticated';

  const logOut = async () => {
    setLoggingOut(true);
    try {
      await manager.logOut();
    } finally {
      setLoggingOut(false);
      void navigate('/login', { replace: true });
    }
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={signedIn ? { width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } } : undefined}
      padding="md"
    >
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {signedIn && (
              <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            )}
            <Anchor component={Link} to="/" underline="never" c="inherit" fw={700} fz="lg">
              KeyBS <Text span c="dimmed" inherit fw={400}>Developers</Text>
            </Anchor>
          </Group>
          {signedIn ? (
            <Group gap="sm" wrap="nowrap">
              <OrganizationSwitcher />
              <NotificationBell />
              <Text size="sm" visibleFrom="xs" truncate maw={220}>
                <VisuallyHidden>Signed in as </VisuallyHidden>
                {state.user.name}
              </Text>
              <Button variant="default" size="xs" onClick={() => void logOut()} loading={loggingOut}>
                Log out
              </Button>
            </Group>
          ) : (
            <Group gap="xs" wrap="nowrap">
              <Button component={Link} to="/login" variant="subtle" size="xs">
                Log in
              </Button>
              <Button component={Link} to="/signup" size="xs">
                Sign up
              </Button>
            </Group>
          )}
        </Group>
      </AppShell.Header>
      {signedIn && (
        <AppShell.Navbar p="xs" aria-label="Main">
          {NAV_ITEMS.map((item) => (
            <NavItemLink key={item.to} item={item} onNavigate={close} />
          ))}
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        {signedIn && <MembershipWatcher />}
        {signedIn && <AccountBanners />}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function NavItemLink({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const active = useMatch({ path: item.to, end: item.end ?? false }) !== null;
  return (
    <MantineNavLink
      component={NavLink}
      to={item.to}
      end={item.end}
      label={item.label}
      active={active}
      onClick={onNavigate}
    />
  );
}
