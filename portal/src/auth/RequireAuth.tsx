import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../app/PageLoader';
import { useSession } from './SessionContext';

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
