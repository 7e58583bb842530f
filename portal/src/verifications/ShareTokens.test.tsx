import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphqlFetch, type GraphQLBody } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { caseDetail, refusal, shareAttempt, shareToken, shareTokens, signedReport } from './fixtures';
import { DEFAULT_FIELDS, badgeSnippet, publicBaseURL, validateShareTokenForm } from './sharing';

const VERIFY_URL = 'https://keybs.example/r/KBS-VR-000001';
const publishedCase = (report: Record<string, unknown> = {}) => ({
  data: {
    verificationCase: caseDetail({
      state: 'published',
      status: 'APPROVED',
      report: signedReport({ verifyURL: VERIFY_URL, pdfURL: `${VERIFY_URL}/report.pdf`, ...report }),
    }),
  },
});

/** Renders the published case and waits for it: the first render of a file loads the lazy page, which is slow on a busy machine. */
async function openCase(handlers: Record<string, () => GraphQLBody>) {
  const server = graphqlFetch({ VerificationCase: () => publishedCase(), ShareTokens: () => shareTokens([]), ...handlers });
  renderApp('/verifications/vc_1', { fetch: server.fetch, manager: signedInManager() });
  await screen.findByRole('heading', { level: 1, name: 'Acme Textiles' }, { timeout: 15_000 });
  return server;
}

describe('share-token form rules', () => {
  it.each([
    ['NoFieldIsRefused', { fields: [], maxUses: 1, expiresIn: '604800' }, { fields: 'Choose at least one field to reveal.' }],
    ['ZeroUsesAreRefused', { fields: ['STATE'], maxUses: 0, expiresIn: '604800' }, { maxUses: 'Enter a whole number from 1 to 1000.' }],
    ['TooManyUsesAreRefused', { fields: ['STATE'], maxUses: 1001, expiresIn: '604800' }, { maxUses: 'Enter a whole number from 1 to 1000.' }],
    ['EmptyUsesAreRefused', { fields: ['STATE'], maxUses: '', expiresIn: '604800' }, { maxUses: 'Enter a whole number from 1 to 1000.' }],
    ['UnofferedExpiryIsRefused', { fields: ['STATE'], maxUses: 1, expiresIn: '5' }, { expiresIn: 'Choose when the token expires.' }],
    ['SensibleFormPasses', { fields: ['STATE'], maxUses: 1000, expiresIn: '3600' }, {}],
  ])('%s', (_, form, errors) => {
    expect(validateShareTokenForm(form)).toEqual(errors);
  });

  it('finds the public address under the verify URL, even below a path', () => {
    expect(publicBaseURL('https://keybs.example/r/KBS-VR-1')).toBe('https://keybs.example');
    expect(publicBaseURL('https://example.com/trust/r/KBS-VR-1')).toBe('https://example.com/trust');
    expect(badgeSnippet('https://keybs.example', 'KBS-VR-1')).toBe(
      '<script async src="https://keybs.example/badge/KBS-VR-1/embed.js"></script>\n<div id="keybs-badge"></div>',
    );
  });
});

describe('the report view of a published report', () => {
  it('shows the badge snippet with a titled live preview, and says the badge follows the report', async () => {
    await openCase({});
    const badge = await screen.findByRole('region', { name: 'Verification badge' });
    expect(within(badge).getByRole('figure', { name: 'Badge snippet (HTML)' })).toHaveTextContent(
      '<script async src="https://keybs.example/badge/KBS-VR-000001/embed.js"></script><div id="keybs-badge"></div>',
    );
    const frame = within(badge).getByTitle('Live preview of the KeyBS verification badge for KBS-VR-000001');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', 'https://keybs.example/badge/KBS-VR-000001');
    expect(badge).toHaveTextContent(/updates itself: when the report is revoked, disputed or expires/);
    const report = screen.getByRole('region', { name: 'Report' });
    expect(within(report).getByRole('link', { name: 'Download the report (PDF)' })).toHaveAttribute('href', `${VERIFY_URL}/report.pdf`);
  });

  it('offers no badge, share tokens or PDF before publication, and says why', async () => {
    const server = graphqlFetch({
      VerificationCase: () => ({
        data: {
          verificationCase: caseDetail({
            state: 'signed',
            status: 'APPROVED',
            report: signedReport({ lifecycleStatus: 'SIGNED', publishedAt: null, verifyURL: VERIFY_URL, pdfURL: `${VERIFY_URL}/report.pdf` }),
          }),
        },
      }),
    });
    renderApp('/verifications/vc_1', { fetch: server.fetch, manager: signedInManager() });
    const report = await screen.findByRole('region', { name: 'Report' });
    expect(report).toHaveTextContent(`The verify page ${VERIFY_URL} and the PDF of the report go live once the report is published`);
    expect(within(report).queryByRole('link', { name: 'Download the report (PDF)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Verification badge' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Share tokens' })).not.toBeInTheDocument();
    expect(server.seen.some((r) => r.operationName === 'ShareTokens')).toBe(false);
  });

  it('lists the tokens of this report with state, uses, expiry and what they reveal', async () => {
    const server = await openCase({
      ShareTokens: () =>
        shareTokens([
          shareToken(),
          shareToken({ id: 'st_2', prefix: 'kbs_share_XyZ', status: 'EXHAUSTED', uses: 1, maxUses: 1, fields: ['STATE'] }),
          shareToken({ id: 'st_3', prefix: 'kbs_share_Rev', status: 'REVOKED', revokedAt: '2026-12-01T10:00:00Z' }),
        ]),
    });
    const table = await screen.findByRole('table', { name: 'Share tokens of this report' });
    const rows = within(table).getAllByTestId('share-token-row');
    expect(rows[0]).toHaveTextContent(/kbs_share_AbC….*Active.*2 of 5 used.*Verification ID, Supplier name/);
    expect(rows[1]).toHaveTextContent(/Exhausted.*1 of 1 used.*State of the report/);
    expect(rows[2]).toHaveTextContent(/Revoked.*Revoked/);
    expect(within(rows[2]!).queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
    expect(server.seen.find((r) => r.operationName === 'ShareTokens')?.variables).toEqual({ caseId: 'vc_1' });
  });

  it('creates a token with the picked fields and shows it, with the full request, only once', async () => {
    const user = userEvent.setup();
    let tokens: unknown[] = [];
    const server = await openCase({
      ShareTokens: () => shareTokens(tokens),
      CreateShareToken: () => {
        tokens = [shareToken({ fields: ['SUPPLIER_NAME', 'TRUST_SCORE'], uses: 0, maxUses: 3 })];
        return { data: { createShareToken: { __typename: 'ShareTokenWithSecret', token: 'kbs_share_AbCsecret123', shareToken: tokens[0] } } };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Create a share token' }));
    const form = screen.getByRole('form', { name: 'Create a share token' });
    const picker = within(form).getByRole('group', { name: /Fields it reveals/ });
    // The default is the facts a third party relies on; scores are opt-in.
    expect(within(picker).getAllByRole('checkbox', { checked: true })).toHaveLength(DEFAULT_FIELDS.length);
    expect(within(picker).getByRole('checkbox', { name: 'Trust score' })).not.toBeChecked();
    for (const box of within(picker).getAllByRole('checkbox', { checked: true })) await user.click(box);
    await user.click(within(picker).getByRole('checkbox', { name: 'Supplier name' }));
    await user.click(within(picker).getByRole('checkbox', { name: 'Trust score' }));
    const uses = within(form).getByLabelText(/Uses allowed/);
    await user.clear(uses);
    await user.type(uses, '3');
    await user.selectOptions(within(form).getByLabelText(/Expires after/), '24 hours');
    await user.click(within(form).getByRole('button', { name: 'Create share token' }));

    await waitFor(() =>
      expect(server.seen.find((r) => r.operationName === 'CreateShareToken')?.variables).toEqual({
        input: { verificationId: 'KBS-VR-000001', fields: ['SUPPLIER_NAME', 'TRUST_SCORE'], maxUses: 3, expiresIn: 86400 },
      }),
    );
    const reveal = await screen.findByRole('region', { name: 'Your new share token' });
    expect(within(reveal).getByLabelText('Your new share token')).toHaveTextContent('kbs_share_AbCsecret123');
    expect(within(reveal).getByRole('note')).toHaveTextContent(/only time it is shown/);
    expect(within(reveal).getByRole('figure', { name: /full link and token/ })).toHaveTextContent(
      `curl -X POST https://keybs.example/v1/kyc-share/verify`,
    );
    expect(within(reveal).getByRole('figure', { name: /full link and token/ })).toHaveTextContent('{"token": "kbs_share_AbCsecret123"}');
    await user.click(within(reveal).getByRole('button', { name: 'Copy share token' }));
    expect(await navigator.clipboard.readText()).toBe('kbs_share_AbCsecret123');

    // The list refreshed with the new token, by its prefix only.
    const table = await screen.findByRole('table', { name: 'Share tokens of this report' });
    expect(within(table).getByTestId('share-token-row')).toHaveTextContent(/0 of 3 used.*Supplier name, Trust score/);
    await user.click(within(reveal).getByRole('button', { name: 'I have saved the token' }));
    expect(screen.queryByText('kbs_share_AbCsecret123')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your new share token' })).not.toBeInTheDocument();
  });

  it('sends nothing while no field is picked, and says so at the picker', async () => {
    const user = userEvent.setup();
    const server = await openCase({});
    await user.click(await screen.findByRole('button', { name: 'Create a share token' }));
    const form = screen.getByRole('form', { name: 'Create a share token' });
    for (const box of within(form).getAllByRole('checkbox', { checked: true })) await user.click(box);
    const uses = within(form).getByLabelText(/Uses allowed/);
    await user.clear(uses);
    await user.click(within(form).getByRole('button', { name: 'Create share token' }));
    expect(await within(form).findByText('Choose at least one field to reveal.')).toBeInTheDocument();
    expect(within(form).getByText('Enter a whole number from 1 to 1000.')).toBeInTheDocument();
    expect(server.seen.some((r) => r.operationName === 'CreateShareToken')).toBe(false);
  });

  it('shows a refused create next to its button', async () => {
    const user = userEvent.setup();
    await openCase({ CreateShareToken: () => refusal('forbidden', 'viewers cannot issue share tokens') });
    await user.click(await screen.findByRole('button', { name: 'Create a share token' }));
    const form = screen.getByRole('form', { name: 'Create a share token' });
    const button = within(form).getByRole('button', { name: 'Create share token' });
    await user.click(button);
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Viewers cannot issue share tokens.');
    expect(button.parentElement?.parentElement).toContainElement(alert);
    expect(button).toHaveAttribute('aria-describedby', alert.id);
    expect(screen.queryByRole('region', { name: 'Your new share token' })).not.toBeInTheDocument();
  });

  it('shows the attempts of a token: time, outcome, IP, requesting domain and user agent', async () => {
    const user = userEvent.setup();
    const server = await openCase({
      ShareTokens: () => shareTokens([shareToken()]),
      ShareTokenAttempts: () => ({
        data: {
          shareTokens: {
            __typename: 'ShareTokenConnection',
            edges: [
              {
                __typename: 'ShareTokenEdge',
                node: {
                  __typename: 'ShareToken',
                  id: 'st_1',
                  uses: 2,
                  status: 'ACTIVE',
                  attempts: {
                    __typename: 'ShareAttemptConnection',
                    totalCount: 2,
                    edges: [
                      { __typename: 'ShareAttemptEdge', node: shareAttempt() },
                      { __typename: 'ShareAttemptEdge', node: shareAttempt({ id: 'sa_2', outcome: 'EXPIRED', domain: null, userAgent: 'curl/8.5' }) },
                    ],
                  },
                },
              },
            ],
          },
        },
      }),
    });
    const row = await screen.findByTestId('share-token-row');
    const toggle = within(row).getByRole('button', { name: 'See attempts' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const attempts = await screen.findByRole('table', { name: 'Attempts with share token kbs_share_AbC…' });
    const lines = within(attempts).getAllByTestId('share-attempt');
    expect(lines[0]).toHaveTextContent(/Fields revealed.*203\.0\.113\.9.*buyer\.example.*BuyerBot\/1\.0/);
    expect(lines[1]).toHaveTextContent(/Refused: expired.*None sent.*curl\/8\.5/);
    expect(within(attempts).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Time',
      'Outcome',
      'IP address',
      'Requesting domain',
      'User agent',
    ]);
    expect(server.seen.find((r) => r.operationName === 'ShareTokenAttempts')?.variables).toEqual({ id: 'st_1' });
    await user.click(within(row).getByRole('button', { name: 'Hide attempts' }));
    expect(screen.queryByRole('table', { name: /Attempts with/ })).not.toBeInTheDocument();
  });

  it('revokes only after confirmation, and shows a refusal next to the confirming button', async () => {
    const user = userEvent.setup();
    let refuse = true;
    const server = await openCase({
      ShareTokens: () => shareTokens([shareToken()]),
      RevokeShareToken: () =>
        refuse
          ? refusal('not_found', 'share token not found')
          : { data: { revokeShareToken: shareToken({ status: 'REVOKED', revokedAt: '2026-12-01T10:00:00Z' }) } },
    });
    const row = await screen.findByTestId('share-token-row');
    await user.click(within(row).getByRole('button', { name: 'Revoke' }));
    let dialog = await screen.findByRole('dialog', { name: 'Revoke share token kbs_share_AbC…?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.seen.some((r) => r.operationName === 'RevokeShareToken')).toBe(false);

    await user.click(within(row).getByRole('button', { name: 'Revoke' }));
    dialog = await screen.findByRole('dialog', { name: 'Revoke share token kbs_share_AbC…?' });
    const confirm = within(dialog).getByRole('button', { name: 'Revoke token' });
    await user.click(confirm);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('We could not find what you were looking for.');
    expect(confirm).toHaveAttribute('aria-describedby', alert.id);

    refuse = false;
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.seen.filter((r) => r.operationName === 'RevokeShareToken').map((r) => r.variables)).toEqual([{ id: 'st_1' }, { id: 'st_1' }]);
  });
});
