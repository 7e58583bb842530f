import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { newAccount, signUp } from './helpers';

// The modules pages as a payments partner uses them: a test key created in
// this tab fills in the try-it forms, an escrow opened through REST shows in
// the escrow list and its detail, and the quickstart shows the industry's
// three calls.

async function createTestKey(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
  await page.getByRole('button', { name: 'Create a test key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create an API key' });
  await dialog.getByLabel(/^Name/).fill('Modules page');
  await dialog.getByRole('button', { name: 'Create key' }).click();
  const reveal = page.getByRole('dialog', { name: 'Your new API key' });
  const secret = (await reveal.getByLabel('Your new API key').innerText()).trim();
  expect(secret).toMatch(/^kbs_test_/);
  await reveal.getByRole('button', { name: 'I have saved my key' }).click();
  return secret;
}

// The key lives only in this tab's memory: every move below is a click in
// the app, never a reload. The pointer then leaves the navigation, so axe
// judges the active link's own colours, not its hover colours.
async function nav(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await page.mouse.move(900, 700);
}

test.describe('modules', () => {
  test('try an endpoint with the test key, find the escrow it opened, and read the quickstart', async ({ page, request }) => {
    const account = newAccount('modules');
    await signUp(page, account);
    const secret = await createTestKey(page);

    // --- Modules: the payments preset's modules are enabled, the others could be.
    await nav(page, 'Modules');
    await expect(page.getByRole('heading', { name: 'Modules', level: 1 })).toBeVisible();
    const escrowCard = page.getByRole('region', { name: 'Escrow' });
    await expect(escrowCard).toContainText('Enabled');
    await expect(page.getByRole('region', { name: /KYC/ }).first()).toContainText('Not enabled');
    await expectNoSeriousA11yViolations(page, '/modules');

    await escrowCard.getByRole('button', { name: /POST\s*\/v1\/escrow\/initiate/ }).click();
    const form = escrowCard.getByRole('form', { name: 'Try POST /v1/escrow/initiate' });
    await expect(form.getByRole('textbox', { name: 'Test key' })).toHaveValue(secret);
    await expect(form.getByRole('textbox', { name: 'Request body' })).toHaveValue(/"amount"/);
    await expect(escrowCard.getByRole('tablist', { name: 'Code samples for POST /v1/escrow/initiate' })).toBeVisible();
    await form.getByRole('button', { name: 'Send test request' }).click();
    await expect(form.getByTestId('try-it-status')).toHaveText(/^201/);
    const response = form.getByLabel('Response of POST /v1/escrow/initiate');
    await expect(response).toContainText('"status": "initiated"');
    const escrowId = /"id": "(esc_[0-9a-z]+)"/.exec(await response.innerText())?.[1];
    expect(escrowId).toBeTruthy();
    await expectNoSeriousA11yViolations(page, 'an opened module endpoint');

    // --- A second escrow, funded, straight through REST.
    const auth = { Authorization: `Bearer ${secret}` };
    const made = await request.post('/v1/escrow/initiate', { headers: auth, data: { amount: 4200, currency: 'EUR', buyer_id: 'buyer-e2e', seller_id: 'seller-e2e', reference: 'e2e-order' } });
    expect(made.status()).toBe(201);
    const second = ((await made.json()) as { id: string }).id;
    expect((await request.post('/v1/escrow/funds', { headers: auth, data: { escrow_id: second, action: 'fund' } })).status()).toBe(200);

    // --- Both are listed, newest first, and the detail shows the REST one.
    await nav(page, 'Escrows and disputes');
    const table = page.getByRole('table', { name: 'Sandbox escrows' });
    const rows = table.getByTestId('escrow-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText(second);
    await expect(rows.first()).toContainText('Funded');
    await expect(table.getByRole('row', { name: new RegExp(escrowId!) })).toContainText('Initiated');
    await expectNoSeriousA11yViolations(page, '/escrows');
    await table.getByRole('link', { name: second }).click();
    await expect(page.getByRole('heading', { name: new RegExp(`Escrow ${second}`) })).toBeVisible();
    await expect(page.getByText('buyer-e2e')).toBeVisible();
    await expect(page.getByText('No dispute was raised against this escrow.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'an escrow');

    // --- A dispute opened through REST shows on the escrow, and in its own page.
    const opened = await request.post('/v1/disputes/open', { headers: auth, data: { escrow_id: second, reason: 'product_not_received', description: 'never arrived' } });
    expect(opened.status()).toBe(201);
    const disputeId = ((await opened.json()) as { id: string }).id;
    await page.getByRole('link', { name: '← Escrows' }).click();
    await table.getByRole('link', { name: second }).click();
    const disputes = page.getByRole('table', { name: 'Disputes of this escrow' });
    await expect(disputes).toContainText(disputeId);
    await disputes.getByRole('link', { name: disputeId }).click();
    await expect(page.getByRole('heading', { name: new RegExp(`Dispute ${disputeId}`) })).toBeVisible();
    await expect(page.getByRole('region', { name: 'The escrow disputed' })).toContainText('Disputed');
    await expectNoSeriousA11yViolations(page, 'a dispute');

    // --- The payments quickstart: three calls and the starter configuration.
    await nav(page, 'Quickstart');
    await expect(page).toHaveURL(/\/quickstart\/payments$/);
    const calls = page.getByTestId('quickstart-call');
    await expect(calls).toHaveCount(3);
    await expect(calls.nth(0)).toContainText('/v1/transaction/check');
    await expect(calls.nth(1)).toContainText('/v1/escrow/initiate');
    await expect(calls.nth(2)).toContainText('/v1/disputes/open');
    const starter = page.getByRole('region', { name: 'Starter configuration' });
    await expect(starter.getByRole('figure', { name: 'Starter .env for payments' })).toContainText('KEYBS_LIVE_RATE_LIMIT_PER_MINUTE=1000');
    await expect(starter.getByRole('figure', { name: 'JavaScript starter client for payments' })).toContainText("'escrow:initiate'");
    await expect(calls.nth(0).getByRole('figure', { name: 'Environment for POST /v1/transaction/check' })).toContainText(`KEYBS_API_KEY=${secret}`);
    await expectNoSeriousA11yViolations(page, '/quickstart/payments');
  });
});
