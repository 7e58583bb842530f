// The signed-in navigation. A feature adds its entry here and its route in
// app/routes.tsx.
export interface NavItem {
  to: string;
  label: string;
  /** Match only the exact path (for "/"). */
  end?: boolean;
}

/** Partners: the members of an organization. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/onboarding', label: 'Onboarding' },
  { to: '/applications', label: 'Applications' },
  { to: '/keys', label: 'API keys' },
  { to: '/verifications', label: 'Verifications' },
  { to: '/webhooks', label: 'Webhooks' },
  { to: '/modules', label: 'Modules' },
  { to: '/escrows', label: 'Escrows and disputes' },
  { to: '/quickstart', label: 'Quickstart' },
  { to: '/usage', label: 'Usage' },
  { to: '/audit-log', label: 'Audit log' },
  { to: '/members', label: 'Members' },
  { to: '/account', label: 'Account', end: true },
  { to: '/account/security', label: 'Security' },
  { to: '/docs', label: 'API reference' },
];

/** KeyBS staff: the operations console's queues. */
export const STAFF_NAV_ITEMS: readonly NavItem[] = [
  { to: '/ops', label: 'Case queue', end: true },
  { to: '/ops/kyc', label: 'KYC reviews' },
  { to: '/ops/production', label: 'Production access' },
  { to: '/ops/disputes', label: 'Disputes' },
  { to: '/docs', label: 'API reference' },
];
