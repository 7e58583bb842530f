import type { DocumentKind, RfiItemDocumentKind, VerificationCaseStatus } from '../gql/graphql';

// Where a case stands, case and report together, as the API spells it in
// `state` (lower case, as REST and webhooks do). People read words, not enum
// values; each state has its badge colour.

export const STATES = [
  'submitted',
  'in_review',
  'rfi_requested',
  'rfi_resolved',
  'approved',
  'declined',
  'signed',
  'published',
  'expiring',
  'disputed',
  'revoked',
  'expired',
] as const;

export type CaseState = (typeof STATES)[number];

export function isCaseState(value: string): value is CaseState {
  return (STATES as readonly string[]).includes(value);
}

export const STATE_LABELS: Record<CaseState, string> = {
  submitted: 'Submitted',
  in_review: 'In review',
  rfi_requested: 'Information requested',
  rfi_resolved: 'Information received',
  approved: 'Approved, awaiting signature',
  declined: 'Declined',
  signed: 'Report signed',
  published: 'Report published',
  expiring: 'Report expiring soon',
  disputed: 'Report disputed',
  revoked: 'Report revoked',
  expired: 'Report expired',
};

export const STATE_COLORS: Record<CaseState, string> = {
  submitted: 'gray',
  in_review: 'blue',
  rfi_requested: 'orange',
  rfi_resolved: 'cyan',
  approved: 'teal',
  declined: 'red',
  signed: 'indigo',
  published: 'green',
  expiring: 'yellow',
  disputed: 'grape',
  revoked: 'red',
  expired: 'gray',
};

/** A state in words; an unknown one (a newer server) as it came. */
export function stateLabel(state: string): string {
  return isCaseState(state) ? STATE_LABELS[state] : state.replace(/_/g, ' ');
}

export function stateColor(state: string): string {
  return isCaseState(state) ? STATE_COLORS[state] : 'gray';
}

/** States where nothing happens any more. */
export const FINAL_STATES: readonly CaseState[] = ['declined', 'revoked', 'expired'];

/** The case statuses a list can be filtered by (the report's states are all "approved" cases). */
export const STATUS_FILTER_LABELS: Record<VerificationCaseStatus, string> = {
  SUBMITTED: 'Submitted',
  IN_REVIEW: 'In review',
  RFI_REQUESTED: 'Information requested',
  RFI_RESOLVED: 'Information received',
  APPROVED: 'Approved (and its report)',
  DECLINED: 'Declined',
};

export const STATUS_OPTIONS = (Object.keys(STATUS_FILTER_LABELS) as VerificationCaseStatus[]).map((value) => ({
  value,
  label: STATUS_FILTER_LABELS[value],
}));

export function isStatus(value: string): value is VerificationCaseStatus {
  return value in STATUS_FILTER_LABELS;
}

export const DOCUMENT_KIND_LABELS: Record<DocumentKind | RfiItemDocumentKind, string> = {
  TRADE_LICENSE: 'Trade license',
  CERTIFICATE_OF_INCORPORATION: 'Certificate of incorporation',
  TAX_CERTIFICATE: 'Tax certificate',
  BANK_STATEMENT: 'Bank statement',
  IDENTITY_DOCUMENT: 'Identity document',
  PROOF_OF_ADDRESS: 'Proof of address',
  OTHER: 'Other document',
};

export const DOCUMENT_KIND_OPTIONS = (Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[]).map((value) => ({
  value,
  label: DOCUMENT_KIND_LABELS[value],
}));

/** Timeline actions in words (the event type each step emitted). */
const ACTION_LABELS: Record<string, string> = {
  'verification.submitted': 'Case submitted',
  'verification.in_review': 'Review started',
  'verification.rfi_requested': 'Information requested',
  'rfi.item_answered': 'Request item answered',
  'verification.rfi_resolved': 'All requested information received',
  'verification.approved': 'Approved',
  'verification.declined': 'Declined',
  'report.signed': 'Report signed',
  'report.published': 'Report published',
  'report.revoked': 'Report revoked',
  'report.expiring': 'Report expiring soon',
  'report.expired': 'Report expired',
  'report.disputed': 'Dispute opened',
  'report.dispute_cleared': 'Dispute cleared',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export const TIER_OPTIONS = [
  { value: 'tier1', label: 'Tier 1' },
  { value: 'tier2', label: 'Tier 2' },
  { value: 'tier3', label: 'Tier 3' },
];

export const PACKAGE_OPTIONS = [
  { value: 'basic', label: 'Basic' },
  { value: 'standard', label: 'Standard' },
  { value: 'enhanced', label: 'Enhanced' },
];

/**
 * The sandbox simulator's magic client references (internal/verification/
 * sandbox.go): anywhere in the reference, any case. Without one a sandbox
 * case goes in review → approved → signed → published by itself.
 */
export const SANDBOX_PATHS: ReadonlyArray<{ value: string; path: string }> = [
  { value: 'sim_manual', path: 'does not move by itself: you, KeyBS staff or “Advance (sandbox)” move it' },
  { value: 'sim_decline', path: 'in review → declined' },
  { value: 'sim_rfi', path: 'in review → information requested → received (answered by itself) → approved → signed → published' },
  { value: 'sim_revoke', path: '… published → revoked' },
  { value: 'sim_expire', path: '… published → expiring → expired' },
  { value: 'sim_dispute', path: '… published → disputed' },
];

/** How long the simulator waits between steps (KEYBS_SANDBOX_STEP, 5 s unless the server says otherwise). */
export const SANDBOX_STEP_SECONDS = 5;

/** Whether a sandbox case's reference keeps the simulator away (sim_manual). */
export function isManual(clientReference: string | null | undefined): boolean {
  return (clientReference ?? '').toLowerCase().includes('sim_manual');
}
