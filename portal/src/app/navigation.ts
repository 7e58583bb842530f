// The signed-in navigation. A feature adds its entry here and its route in
// app/routes.tsx.
export interface NavItem {
  to: string;
  label: string;
  /** Match only the exact path (for "/"). */
  end?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/onboarding', label: 'Onboarding' },
  { to: '/applications', label: 'Applications' },
  { to: '/keys', label: 'API keys' },
  { to: '/webhooks', label: 'Webhooks' },
  { to: '/usage', label: 'Usage' },
  { to: '/audit-log', label: 'Audit log' },
  { to: '/members', label: 'Members' },
  { to: '/account', label: 'Account', end: true },
  { to: '/account/security', label: 'Security' },
  { to: '/docs', label: 'API reference' },
];
