import { describe, expect, it } from 'vitest';
import { actionsForOthers, allowedActions } from './staffActions';
import { newApprovalDraft, toApprovalInput, toRfiItems, validateApproval, validateRfiDrafts } from './staffForms';

describe('allowedActions', () => {
  it.each([
    ['submitted', 'ANALYST', ['startReview']],
    ['in_review', 'ANALYST', ['requestInformation', 'approve', 'decline']],
    ['rfi_requested', 'ANALYST', []],
    ['rfi_resolved', 'ANALYST', ['startReview', 'approve', 'decline']],
    ['approved', 'ANALYST', []],
    ['approved', 'SENIOR_ANALYST', ['sign']],
    ['signed', 'SENIOR_ANALYST', ['publish', 'revoke']],
    ['published', 'SENIOR_ANALYST', ['revoke', 'setDisputed']],
    ['disputed', 'SENIOR_ANALYST', ['revoke', 'clearDispute']],
    ['in_review', 'SENIOR_ANALYST', ['requestInformation', 'approve', 'decline']],
    ['in_review', 'OPS', []],
    ['published', 'ANALYST', []],
    ['revoked', 'SENIOR_ANALYST', []],
  ] as const)('in %s a %s may %j', (state, role, actions) => {
    expect(allowedActions(state, role)).toEqual(actions);
  });

  it('offers nothing to someone without a staff role', () => {
    expect(allowedActions('submitted', null)).toEqual([]);
  });

  it('names what only a senior analyst may do', () => {
    expect(actionsForOthers('approved', 'ANALYST')).toEqual(['sign']);
    expect(actionsForOthers('approved', 'SENIOR_ANALYST')).toEqual([]);
  });
});

describe('console forms', () => {
  it('refuses an RFI item without a message, naming the item', () => {
    const errors = validateRfiDrafts([
      { kind: 'DOCUMENT', documentKind: 'TRADE_LICENSE', message: 'Current one' },
      { kind: 'QUESTION', documentKind: 'TRADE_LICENSE', message: '  ' },
    ]);
    expect(errors).toEqual({ 1: 'Write the question.' });
  });

  it('sends a document kind only with DOCUMENT items', () => {
    expect(
      toRfiItems([
        { kind: 'DOCUMENT', documentKind: 'BANK_STATEMENT', message: ' Last 3 months ' },
        { kind: 'QUESTION', documentKind: 'TRADE_LICENSE', message: 'Who owns it?' },
      ]),
    ).toEqual([
      { kind: 'DOCUMENT', documentKind: 'BANK_STATEMENT', message: 'Last 3 months' },
      { kind: 'QUESTION', message: 'Who owns it?' },
    ]);
  });

  it.each([
    ['', 'trustScore'],
    ['101', 'trustScore'],
    ['7.5', 'trustScore'],
  ])('refuses the trust score %j', (trustScore, field) => {
    expect(Object.keys(validateApproval({ ...newApprovalDraft(), trustScore }))).toEqual([field]);
  });

  it.each(['0', '3651', 'a year'])('refuses %j days of validity', (validForDays) => {
    expect(validateApproval({ ...newApprovalDraft(), trustScore: '80', validForDays })).toEqual({
      validForDays: 'Give a number of days from 1 to 3650.',
    });
  });

  it('turns an approval into its input: one control per line, blank days left to the server', () => {
    expect(toApprovalInput({ trustScore: '82', riskBand: 'MEDIUM', controls: 'Annual re-check\n\n Site visit ', validForDays: '' })).toEqual({
      trustScore: 82,
      riskBand: 'MEDIUM',
      controls: ['Annual re-check', 'Site visit'],
    });
    expect(toApprovalInput({ ...newApprovalDraft(), trustScore: '0' })).toEqual({ trustScore: 0, riskBand: 'LOW', validForDays: 365 });
  });
});
