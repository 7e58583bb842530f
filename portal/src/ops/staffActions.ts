import type { StaffRole } from '../auth/session';
import type { CaseState } from '../verifications/states';

// Which steps a staff member may take on a case, by the case's state and the
// member's role: the transition table of internal/verification/lifecycle.go
// and the role lists of internal/verification/staff.go, so the console
// offers only what the server would accept. The server still decides (the
// four-eyes rule, a race with another analyst): its refusal is shown next to
// the button.

export type StaffAction =
  | 'startReview'
  | 'requestInformation'
  | 'approve'
  | 'decline'
  | 'sign'
  | 'publish'
  | 'revoke'
  | 'setDisputed'
  | 'clearDispute';

const CASE_WORKERS: readonly StaffRole[] = ['ANALYST', 'SENIOR_ANALYST'];
const REPORT_SIGNERS: readonly StaffRole[] = ['SENIOR_ANALYST'];

const RULES: ReadonlyArray<{ action: StaffAction; from: readonly CaseState[]; roles: readonly StaffRole[] }> = [
  { action: 'startReview', from: ['submitted', 'rfi_resolved'], roles: CASE_WORKERS },
  { action: 'requestInformation', from: ['in_review'], roles: CASE_WORKERS },
  { action: 'approve', from: ['in_review', 'rfi_resolved'], roles: CASE_WORKERS },
  { action: 'decline', from: ['in_review', 'rfi_resolved'], roles: CASE_WORKERS },
  { action: 'sign', from: ['approved'], roles: REPORT_SIGNERS },
  { action: 'publish', from: ['signed'], roles: REPORT_SIGNERS },
  { action: 'revoke', from: ['signed', 'published', 'expiring', 'disputed'], roles: REPORT_SIGNERS },
  { action: 'setDisputed', from: ['published', 'expiring'], roles: REPORT_SIGNERS },
  { action: 'clearDispute', from: ['disputed'], roles: REPORT_SIGNERS },
];

export const ACTION_LABELS: Record<StaffAction, string> = {
  startReview: 'Start review',
  requestInformation: 'Request information',
  approve: 'Approve',
  decline: 'Decline',
  sign: 'Sign report',
  publish: 'Publish report',
  revoke: 'Revoke report',
  setDisputed: 'Mark disputed',
  clearDispute: 'Clear dispute',
};

/** The steps role may take on a case in state, in the order the console shows them. */
export function allowedActions(state: string, role: StaffRole | null): StaffAction[] {
  if (!role) return [];
  return RULES.filter((r) => (r.from as readonly string[]).includes(state) && r.roles.includes(role)).map((r) => r.action);
}

/** Steps the state allows that this role may not take: the console names who can. */
export function actionsForOthers(state: string, role: StaffRole | null): StaffAction[] {
  const mine = new Set(allowedActions(state, role));
  return RULES.filter((r) => (r.from as readonly string[]).includes(state) && !mine.has(r.action)).map((r) => r.action);
}
