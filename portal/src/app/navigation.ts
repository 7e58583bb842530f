// The signed-in navigation. Later features (keys, webhooks, usage, docs) add
// their entry here and their routes in app/routes.tsx.
export interface NavItem {
  to: string;
  label: string;
  /** Match only the exact path (for "/"). */
  end?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [{ to: '/', label: 'Dashboard', end: true }];
