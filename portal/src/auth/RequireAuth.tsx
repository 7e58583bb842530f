import { Alert, Anchor, Stack } from '@mantine/core';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../app/PageLoader';
import { useSession, useStaffRole } from './SessionContext';

/** Where the log-in page sends the user back to after logging in. */
export interface ReturnTo {
  from?: string;
}

/** Renders its child routes only with a session; otherwise sends the user to /login. */
export function RequireAuth() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoader label="Restoring your session…" />;
  if (state.status === 'anonymous') {
    const returnTo: ReturnTo = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={returnTo} />;
  }
  return <Outlet />;
}

/** For /login and /signup: a signed-in user goes straight to the dashboard. */
export function RedirectIfAuthenticated() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoader label="Restoring your session…" />;
  if (state.status === 'authenticated') {
    const from = (location.state as ReturnTo | null)?.from;
    return <Navigate to={from && from.startsWith('/') ? from : '/'} replace />;
  }
  return <Outlet />;
}

/**
 * The partner pages (dashboard, keys, webhooks, …) work in an organization,
 * which platform staff do not have: staff opening "/" land on the operations
 * console, and any other partner page tells them so instead of failing.
 */
export function RequireTenant() {
  const role = useStaffRole();
  const location = useLocation();
  if (!role) return <Outlet />;
  if (location.pathname === '/') return <Navigate to="/ops" replace />;
  return (
    <Stack maw={640}>
      <Alert color="blue" title="This page is for partner organizations" role="status">
        KeyBS staff belong to no organization, so there is nothing to show here.
      </Alert>
      <Anchor component={Link} to="/ops">
        Go to the operations console
      </Anchor>
    </Stack>
  );
}

/** The operations console is for platform staff only. */
export function RequireStaff() {
  const role = useStaffRole();
  if (role) return <Outlet />;
  return (
    <Stack maw={640}>
      <Alert color="yellow" title="The operations console is for KeyBS staff" role="status">
        Your account belongs to a partner organization. Your verifications are on the Verifications page.
      </Alert>
      <Anchor component={Link} to="/verifications">
        Go to your verifications
      </Anchor>
    </Stack>
  );
}
