import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { caseDetail, caseSummary, rfiItem, shareTokens, signedReport } from './fixtures';
import { stateColor, stateLabel } from './states';

const cases = (nodes: unknown[]) => ({
  data: {
    verificationCases: {
      __typename: 'VerificationCaseConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'VerificationCaseEdge', node })),
    },
  },
});
const theCase = (overrides: Record<string, unknown> = {}) => ({ data: { verificationCase: caseDetail(overrides) } });

describe('case states', () => {
  it.each([
    ['rfi_requested', 'Information requested', 'orange'],
    ['approved', 'Approved, awaiting signature', 'teal'],
    ['published', 'Report published', 'green'],
    ['revoked', 'Report revoked', 'red'],
  ])('shows %s as %j in %s', (state, label, color) => {
    expect(stateLabel(state)).toBe(label);
    expect(stateColor(state)).toBe(color);
  });

  it('shows a state a newer server sends in words too', () => {
    expect(stateLabel('on_hold')).toBe('on hold');
    expect(stateColor('on_hold')).toBe('gray');
  });
});

describe('VerificationsPage', () => {
  it('lists sandbox cases with their state in words, filters by status and moves live', async () => {
    const user = userEvent.setup();
    const subscriptions = fakeSubscriptions();
    let state = 'rfi_requested';
    const server = graphqlFetch({ VerificationCases: () => cases([caseSummary({ state, status: 'RFI_REQUESTED' })]) });
    renderApp('/verifications', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    const table = await screen.findByRole('table', { name: 'Sandbox verification cases' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Acme Textiles.*KBS-VR-000001.*Information requested/);
    expect(screen.getByText('Sandbox cases move by themselves')).toBeInTheDocument();
    expect(server.seen.find((r) => r.operationName === 'VerificationCases')?.variables).toMatchObject({ where: { environment: 'TEST' } });

    await user.selectOptions(screen.getByLabelText('Status'), 'APPROVED');
    await waitFor(() =>
      expect(server.seen.filter((r) => r.operationName === 'VerificationCases').at(-1)?.variables).toMatchObject({
        where: { environment: 'TEST', status: 'APPROVED' },
      }),
    );

    state = 'published';
    await waitFor(() => expect(subscriptions.emit('VerificationChanged', { verificationChanged: { __typename: 'VerificationCase', id: 'vc_1', state } })).toBe(1));
    expect(await within(table).findByText('Report published')).toBeInTheDocument();
  });
});

describe('CasePage', () => {
  it('shows the timeline, the open request and the documents, and answers a question', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      VerificationCase: () =>
        theCase({
          state: 'rfi_requested',
          rfiItems: [rfiItem(), rfiItem({ id: 'rfi_2', kind: 'QUESTION', documentKind: null, message: 'Who owns the company?' })],
          documents: [
            {
              __typename: 'Document',
              id: 'doc_1',
              kind: 'BANK_STATEMENT',
              filename: 'march.pdf',
              storagePath: 's3://b/march.pdf',
              sha256: 'b'.repeat(64),
              status: 'RECEIVED',
              rfiItemID: null,
              createdAt: '2026-11-30T10:05:00Z',
            },
          ],
        }),
      AnswerRfiItem: () => ({ data: { answerRfiItem: { __typename: 'RFIItem', id: 'rfi_2', status: 'ANSWERED', answer: 'Ada', answeredAt: '2026-11-30T12:00:00Z' } } }),
    });
    renderApp('/verifications/vc_1', { fetch: server.fetch, manager: signedInManager() });
    expect(await screen.findByText('KeyBS needs information from you')).toBeInTheDocument();
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    expect(within(timeline).getAllByTestId('timeline-entry')[1]).toHaveTextContent(/Review started \(Submitted → In review\).*by a KeyBS analyst/);
    expect(screen.getByRole('table', { name: 'Documents' })).toHaveTextContent(/Bank statement.*march\.pdf/);

    const question = screen.getByRole('listitem', { name: 'Question: Who owns the company?' });
    await user.click(within(question).getByRole('button', { name: 'Send answer' }));
    expect(await within(question).findByText('Write your answer first.')).toBeInTheDocument();
    await user.type(within(question).getByLabelText('Your answer'), 'Ada');
    await user.click(within(question).getByRole('button', { name: 'Send answer' }));
    await waitFor(() => expect(server.seen.find((r) => r.operationName === 'AnswerRfiItem')?.variables).toEqual({ itemId: 'rfi_2', text: 'Ada' }));
  });

  it('attaches the requested document to its item, of the kind asked for', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      VerificationCase: () => theCase({ state: 'rfi_requested', rfiItems: [rfiItem()] }),
      AttachDocument: () => ({ data: { attachDocument: { __typename: 'Document', id: 'doc_2', kind: 'TRADE_LICENSE', filename: 'licence.pdf', rfiItemID: 'rfi_1' } } }),
    });
    renderApp('/verifications/vc_1', { fetch: server.fetch, manager: signedInManager() });
    const item = await screen.findByRole('listitem', { name: 'Trade license requested' });
    const form = within(item).getByRole('form', { name: 'Attach the requested document' });
    await user.click(within(form).getByRole('button', { name: 'Attach document' }));
    expect(await within(form).findByText('Choose the file to compute it, or paste its 64-character SHA-256.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/File name/), 'licence.pdf');
    await user.type(within(form).getByLabelText(/Storage path/), 's3://b/licence.pdf');
    await user.type(within(form).getByLabelText(/SHA-256/), 'C'.repeat(64));
    await user.click(within(form).getByRole('button', { name: 'Attach document' }));
    await waitFor(() =>
      expect(server.seen.find((r) => r.operationName === 'AttachDocument')?.variables).toEqual({
        caseId: 'vc_1',
        input: { kind: 'TRADE_LICENSE', filename: 'licence.pdf', storagePath: 's3://b/licence.pdf', sha256: 'c'.repeat(64), rfiItemId: 'rfi_1' },
      }),
    );
  });

  it('shows the published report: digest, signature, key id, verify page and PDF', async () => {
    const server = graphqlFetch({
      VerificationCase: () => theCase({ state: 'published', status: 'APPROVED', report: signedReport() }),
      ShareTokens: () => shareTokens([]),
    });
    renderApp('/verifications/vc_1', { fetch: server.fetch, manager: signedInManager() });
    const report = await screen.findByRole('region', { name: 'Report' });
    expect(report).toHaveTextContent('a'.repeat(64));
    expect(report).toHaveTextContent('c2lnbmF0dXJl');
    expect(report).toHaveTextContent('kbs-sign-2026');
    expect(within(report).getByRole('link', { name: 'Open the public verify page' })).toHaveAttribute('href', 'http://localhost/verify/KBS-VR-000001');
    expect(within(report).getByRole('link', { name: 'Download the report (PDF)' })).toHaveAttribute('href', 'http://localhost/verify/KBS-VR-000001.pdf');
  });

  it('moves without a reload when the case changes', async () => {
    const subscriptions = fakeSubscriptions();
    let overrides: Record<string, unknown> = {};
    const server = graphqlFetch({ VerificationCase: () => theCase(overrides), ShareTokens: () => shareTokens([]) });
    renderApp('/verifications/vc_1', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    expect(await screen.findByRole('heading', { name: 'Acme Textiles' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Report' })).not.toBeInTheDocument();
    overrides = { state: 'published', status: 'APPROVED', report: signedReport() };
    await waitFor(() => expect(subscriptions.emit('VerificationChanged', { verificationChanged: { __typename: 'VerificationCase', id: 'vc_1', state: 'published' } })).toBe(1));
    expect(await screen.findByRole('region', { name: 'Report' })).toBeInTheDocument();
    expect(subscriptions.active.find((a) => a.operationName === 'VerificationChanged')?.variables).toEqual({ caseId: 'vc_1' });
  });

  it('advances a sandbox case, and shows the refusal next to the button', async () => {
    const user = userEvent.setup();
    let refuse = true;
    const server = graphqlFetch({
      VerificationCase: () => theCase(),
      AdvanceSandboxCase: () =>
        refuse
          ? { errors: [{ message: 'the case is in_review and cannot become submitted', extensions: { code: 'conflict' } }], data: null }
          : { data: { advanceSandboxCase: caseDetail({ state: 'published', status: 'APPROVED', report: signedReport() }) } },
    });
    renderApp('/verifications/vc_1', { fetch: server.fetch, manager: signedInManager() });
    const button = await screen.findByRole('button', { name: 'Advance (sandbox)' });
    expect(screen.getByText(/sim_manual/, { selector: 'code' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Advance to'), 'submitted');
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('The case is in_review and cannot become submitted.');
    refuse = false;
    await user.selectOptions(screen.getByLabelText('Advance to'), 'published');
    await user.click(button);
    await waitFor(() => expect(server.seen.filter((r) => r.operationName === 'AdvanceSandboxCase').at(-1)?.variables).toEqual({ caseId: 'vc_1', to: 'published' }));
  });

  it('offers no sandbox advance on a live case', async () => {
    const server = graphqlFetch({ VerificationCase: () => theCase({ environment: 'LIVE' }) });
    renderApp('/verifications/vc_1', { fetch: server.fetch, manager: signedInManager() });
    expect(await screen.findByRole('heading', { name: 'Acme Textiles' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Advance (sandbox)' })).not.toBeInTheDocument();
  });
});
