import type { RouteObject } from 'react-router';
import { LogInPage } from '../auth/LogInPage';
import { RedirectIfAuthenticated, RequireAuth, RequireStaff, RequireTenant } from '../auth/RequireAuth';
import { SignUpPage } from '../auth/SignUpPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { lazyPage } from './lazyPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

/** What a route tells the shell: the document title while it is open. */
export interface RouteHandle {
  title: string;
}

const titled = (title: string): { handle: RouteHandle } => ({ handle: { title } });

// Paths are real URLs: the Go server answers any non-API path with index.html.
// Feature pages load on first visit; the docs page (Swagger UI) is the heaviest.
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      {
        element: <RequireAuth />,
        children: [
          {
            // Partner pages; staff (no organization) land on /ops instead.
            element: <RequireTenant />,
            children: [
              { index: true, element: <DashboardPage />, ...titled('Dashboard') },
              { path: 'onboarding', element: lazyPage(() => import('../onboarding/OnboardingPage'), 'OnboardingPage') },
              {
                path: 'applications',
                element: lazyPage(() => import('../applications/ApplicationsPage'), 'ApplicationsPage'),
                ...titled('Applications'),
              },
              {
                path: 'applications/:id',
                element: lazyPage(() => import('../applications/ApplicationPage'), 'ApplicationPage'),
                ...titled('Application'),
              },
              { path: 'keys', element: lazyPage(() => import('../keys/KeysPage'), 'KeysPage', 'Loading your API keys…'), ...titled('API keys') },
              { path: 'keys/:id', element: lazyPage(() => import('../keys/KeyPage'), 'KeyPage', 'Loading the key…'), ...titled('API key') },
              {
                path: 'verifications',
                element: lazyPage(() => import('../verifications/VerificationsPage'), 'VerificationsPage', 'Loading your verifications…'),
                ...titled('Verifications'),
              },
              {
                path: 'verifications/:id',
                element: lazyPage(() => import('../verifications/CasePage'), 'CasePage', 'Loading the case…'),
                ...titled('Verification case'),
              },
              { path: 'webhooks', element: lazyPage(() => import('../webhooks/WebhooksPage'), 'WebhooksPage'), ...titled('Webhooks') },
              { path: 'webhooks/:id', element: lazyPage(() => import('../webhooks/EndpointPage'), 'EndpointPage'), ...titled('Webhook endpoint') },
              // Recharts comes with this chunk only.
              { path: 'usage', element: lazyPage(() => import('../usage/UsagePage'), 'UsagePage', 'Loading usage…'), ...titled('Usage') },
              { path: 'audit-log', element: lazyPage(() => import('../audit/AuditLogPage'), 'AuditLogPage'), ...titled('Audit log') },
              { path: 'modules', element: lazyPage(() => import('../modules/ModulesPage'), 'ModulesPage', 'Loading your modules…'), ...titled('Modules') },
              { path: 'escrows', element: lazyPage(() => import('../modules/EscrowsPage'), 'EscrowsPage'), ...titled('Escrows and disputes') },
              { path: 'escrows/:id', element: lazyPage(() => import('../modules/DetailPages'), 'EscrowPage') },
              { path: 'disputes/:id', element: lazyPage(() => import('../modules/DetailPages'), 'DisputePage') },
              { path: 'quickstart', element: lazyPage(() => import('../modules/QuickstartPage'), 'QuickstartIndex') },
              { path: 'quickstart/:industry', element: lazyPage(() => import('../modules/QuickstartPage'), 'QuickstartPage') },
              {
                path: 'notifications',
                element: lazyPage(() => import('../notifications/NotificationsPage'), 'NotificationsPage'),
                ...titled('Notifications'),
              },
              // These pages set their own titles (usePageTitle).
              { path: 'members', element: lazyPage(() => import('../team/MembersPage'), 'MembersPage') },
              { path: 'organizations/new', element: lazyPage(() => import('../team/CreateOrganizationPage'), 'CreateOrganizationPage') },
            ],
          },
          // A staff member has an account (password, second factor) too.
          { path: 'account', element: lazyPage(() => import('../account/AccountPage'), 'AccountPage') },
          { path: 'account/security', element: lazyPage(() => import('../account/SecurityPage'), 'SecurityPage') },
          {
            // The operations console, for platform staff.
            path: 'ops',
            element: <RequireStaff />,
            children: [
              { index: true, element: lazyPage(() => import('../ops/CaseQueuePage'), 'CaseQueuePage', 'Loading the case queue…'), ...titled('Case queue') },
              { path: 'kyc', element: lazyPage(() => import('../ops/KycQueuePage'), 'KycQueuePage'), ...titled('KYC reviews') },
              { path: 'production', element: lazyPage(() => import('../ops/ProductionQueuePage'), 'ProductionQueuePage'), ...titled('Production access') },
              { path: 'disputes', element: lazyPage(() => import('../ops/DisputeQueuePage'), 'DisputeQueuePage'), ...titled('Disputes') },
              { path: 'cases/:id', element: lazyPage(() => import('../ops/StaffCasePage'), 'StaffCasePage', 'Loading the case…'), ...titled('Case review') },
            ],
          },
        ],
      },
      // Links from emails work signed in or not.
      { path: 'invitations/accept', element: lazyPage(() => import('../team/AcceptInvitationPage'), 'AcceptInvitationPage') },
      { path: 'account/confirm-email', element: lazyPage(() => import('../account/ConfirmEmailPage'), 'ConfirmEmailPage') },
      { path: 'reset-password', element: lazyPage(() => import('../auth/ResetPasswordPage'), 'ResetPasswordPage') },
      // The API reference is public, like /v1/openapi.json itself.
      { path: 'docs', element: lazyPage(() => import('../docs/DocsPage'), 'DocsPage', 'Loading the API reference…'), ...titled('API reference') },
      {
        element: <RedirectIfAuthenticated />,
        children: [
          { path: 'login', element: <LogInPage />, ...titled('Log in') },
          { path: 'signup', element: <SignUpPage />, ...titled('Create account') },
          { path: 'forgot-password', element: lazyPage(() => import('../auth/ForgotPasswordPage'), 'ForgotPasswordPage') },
        ],
      },
      { path: '*', element: <NotFoundPage />, ...titled('Page not found') },
    ],
  },
];
