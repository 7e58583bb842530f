import type { ApproveVerificationInput, RfiItemDocumentKind, RfiItemInput, RfiItemKind, VerificationCaseRiskBand } from '../gql/graphql';

// The console's forms as plain values: what each checks before it is sent
// (the server checks again and names the field when it refuses), and the
// input each becomes.

export interface RfiDraft {
  kind: RfiItemKind;
  documentKind: RfiItemDocumentKind;
  message: string;
}

export function newRfiDraft(): RfiDraft {
  return { kind: 'DOCUMENT', documentKind: 'TRADE_LICENSE', message: '' };
}

/** One message per item that cannot be sent, by index; empty when all can. */
export function validateRfiDrafts(items: readonly RfiDraft[]): Record<number, string> {
  const errors: Record<number, string> = {};
  items.forEach((item, i) => {
    if (!item.message.trim()) errors[i] = item.kind === 'DOCUMENT' ? 'Say what the document must show.' : 'Write the question.';
  });
  return errors;
}

export function toRfiItems(items: readonly RfiDraft[]): RfiItemInput[] {
  return items.map((item) =>
    item.kind === 'DOCUMENT'
      ? { kind: 'DOCUMENT', documentKind: item.documentKind, message: item.message.trim() }
      : { kind: 'QUESTION', message: item.message.trim() },
  );
}

export interface ApprovalDraft {
  trustScore: string;
  riskBand: VerificationCaseRiskBand;
  /** One condition per line. */
  controls: string;
  validForDays: string;
}

export function newApprovalDraft(): ApprovalDraft {
  return { trustScore: '', riskBand: 'LOW', controls: '', validForDays: '365' };
}

export type ApprovalField = 'trustScore' | 'riskBand' | 'controls' | 'validForDays';
export const APPROVAL_FIELDS: readonly ApprovalField[] = ['trustScore', 'riskBand', 'controls', 'validForDays'];

function wholeNumber(value: string): number | null {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}

export function validateApproval(d: ApprovalDraft): Partial<Record<ApprovalField, string>> {
  const errors: Partial<Record<ApprovalField, string>> = {};
  const score = wholeNumber(d.trustScore);
  if (score === null || score > 100) errors.trustScore = 'Give a whole number from 0 to 100.';
  const days = wholeNumber(d.validForDays);
  if (d.validForDays.trim() !== '' && (days === null || days < 1 || days > 3650)) errors.validForDays = 'Give a number of days from 1 to 3650.';
  return errors;
}

export function toApprovalInput(d: ApprovalDraft): ApproveVerificationInput {
  const controls = d.controls
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
  const days = wholeNumber(d.validForDays);
  return {
    trustScore: Number(d.trustScore.trim()),
    riskBand: d.riskBand,
    ...(controls.length > 0 ? { controls } : {}),
    ...(days !== null ? { validForDays: days } : {}),
  };
}

export const RISK_BAND_OPTIONS: ReadonlyArray<{ value: VerificationCaseRiskBand; label: string }> = [
  { value: 'LOW', label: 'Low risk' },
  { value: 'MEDIUM', label: 'Medium risk' },
  { value: 'HIGH', label: 'High risk' },
];
