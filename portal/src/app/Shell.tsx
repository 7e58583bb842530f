import { AppShell, Anchor, Badge, Burger, Button, Group, NavLink as MantineNavLink, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useMatch, useMatches, useNavigate } from 'react-router';
import { useSession } from '../auth/SessionContext';
import { AccountBanners } from '../account/AccountBanners';
import { NotificationBell } from '../notifications/NotificationBell';
import { MembershipWatcher, OrganizationSwitcher } from '../team/OrganizationSwitcher';
import { STAFF_ROLE_LABELS } from './labels';
import { NAV_ITEMS, STAFF_NAV_ITEMS, type NavItem } from './navigation';
import type { RouteHandle } from './routes';

/**
 * Routes that name their page in their handle get it as the document title
 * (the tab, history, what a screen reader announces); pages that set their
 * own with usePageTitle carry no handle, and the shell leaves theirs alone.
 */
function useRouteTitle() {
  const matches = useMatches();
  const title = [...matches].reverse().map((m) => (m.handle as RouteHandle | undefined)?.title).find(Boolean);
  useEffect(() => {
    if (title) document.title = `${title} · KeyBS Developers`;
  }, [title]);
}

/** The page frame: header with brand, navigation and account actions. */
export function Shell() {
  const { state, manager } = useSession();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const [loggingOut, setLoggingOut] = useState(false);
  const navigate = useNavigate();
  const signedIn = state.status === 'authenticated';
  // Staff have no organization: their navigation is the console's, and the
  // notification bell (an organization's) is not theirs.
  const staffRole = signedIn ? (state.user.staffRole ?? null) : null;
  const navItems = staffRole ? STAFF_NAV_ITEMS : NAV_ITEMS;
  useRouteTitle();

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
            <Anchor component={Link} to={staffRole ? '/ops' : '/'} underline="never" c="inherit" fw={700} fz="lg">
              KeyBS{' '}
              <Text span c="dimmed" inherit fw={400}>
                {staffRole ? 'Operations' : 'Developers'}
              </Text>
            </Anchor>
          </Group>
          {signedIn ? (
            <Group gap="sm" wrap="nowrap">
              {!staffRole && <OrganizationSwitcher />}
              {!staffRole && <NotificationBell />}
              <Text size="sm" visibleFrom="xs" truncate maw={220}>
                <VisuallyHidden>Signed in as </VisuallyHidden>
                {state.user.name}
              </Text>
              {staffRole && (
                <Badge variant="light" color="grape" visibleFrom="xs">
                  <VisuallyHidden>Staff role: </VisuallyHidden>
                  {STAFF_ROLE_LABELS[staffRole]}
                </Badge>
              )}
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
          {navItems.map((item) => (
            <NavItemLink key={item.to} item={item} onNavigate={close} />
          ))}
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        {signedIn && !staffRole && <MembershipWatcher />}
        {signedIn && !staffRole && <AccountBanners />}
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
