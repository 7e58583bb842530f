import type { RouteObject } from 'react-router';
import { LogInPage } from '../auth/LogInPage';
import { RedirectIfAuthenticated, RequireAuth } from '../auth/RequireAuth';
import { SignUpPage } from '../auth/SignUpPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { lazyPage } from './lazyPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

// Paths are real URLs: the Go server answers any non-API path with index.html.
// Feature pages load on first visit; the docs page (Swagger UI) is the heaviest.
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'onboarding', element: lazyPage(() => import('../onboarding/OnboardingPage'), 'OnboardingPage') },
          { path: 'applications', element: lazyPage(() => import('../applications/ApplicationsPage'), 'ApplicationsPage') },
          {
            path: 'applications/:id',
            element: lazyPage(() => import('../applications/ApplicationPage'), 'ApplicationPage'),
          },
          { path: 'keys', element: lazyPage(() => import('../keys/KeysPage'), 'KeysPage', 'Loading your API keys…') },
          { path: 'webhooks', element: lazyPage(() => import('../webhooks/WebhooksPage'), 'WebhooksPage') },
          { path: 'webhooks/:id', element: lazyPage(() => import('../webhooks/EndpointPage'), 'EndpointPage') },
          // Recharts comes with this chunk only.
          { path: 'usage', element: lazyPage(() => import('../usage/UsagePage'), 'UsagePage', 'Loading usage…') },
          { path: 'audit-log', element: lazyPage(() => import('../audit/AuditLogPage'), 'AuditLogPage') },
          { path: 'notifications', element: lazyPage(() => import('../notifications/NotificationsPage'), 'NotificationsPage') },
          { path: 'members', element: lazyPage(() => import('../team/MembersPage'), 'MembersPage') },
          { path: 'organizations/new', element: lazyPage(() => import('../team/CreateOrganizationPage'), 'CreateOrganizationPage') },
          { path: 'account', element: lazyPage(() => import('../account/AccountPage'), 'AccountPage') },
          { path: 'account/security', element: lazyPage(() => import('../account/SecurityPage'), 'SecurityPage') },
        ],
      },
      // Links from emails work signed in or not.
      { path: 'invitations/accept', element: lazyPage(() => import('../team/AcceptInvitationPage'), 'AcceptInvitationPage') },
      { path: 'account/confirm-email', element: lazyPage(() => import('../account/ConfirmEmailPage'), 'ConfirmEmailPage') },
      { path: 'reset-password', element: lazyPage(() => import('../auth/ResetPasswordPage'), 'ResetPasswordPage') },
      // The API reference is public, like /v1/openapi.json itself.
      { path: 'docs', element: lazyPage(() => import('../docs/DocsPage'), 'DocsPage', 'Loading the API reference…') },
      {
        element: <RedirectIfAuthenticated />,
        children: [
          { path: 'login', element: <LogInPage /> },
          { path: 'signup', element: <SignUpPage /> },
          { path: 'forgot-password', element: lazyPage(() => import('../auth/ForgotPasswordPage'), 'ForgotPasswordPage') },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
