import { expect, test, type APIRequestContext } from '@playwright/test';
import { newAccount, signUp } from './helpers';

// Module calls with a test key move the usage page's domain figures and its
// billable units and estimated charge live, without a reload (issue 12 items
// 7 and 8). A payments tenant pays per call: 0.4 US cents a call in the
// built-in table's first band, rounded once a month.

test.describe('usage figures and billing', () => {
  test('module calls with a test key show up in the figures and the charge, live', async ({ page, request }) => {
    const account = newAccount('figures');
    await signUp(page, account);

    // --- A test key from the payments preset (transactions, fraud, escrow, disputes).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('button', { name: 'Create a test key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.getByLabel(/^Name/).fill('Figures server');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const reveal = page.getByRole('dialog', { name: 'Your new API key' });
    const secret = (await reveal.getByLabel('Your new API key').innerText()).trim();
    await reveal.getByRole('button', { name: 'I have saved my key' }).click();

    // --- The usage page before any module call.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Usage' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
    const figures = page.getByRole('region', { name: 'Module figures this month' });
    const billing = page.getByTestId('billing-card');
    await expect(figures.getByTestId('figure-transactions-value')).toHaveText('0');
    await expect(billing.getByText(/No billable module calls yet/)).toBeVisible();
    await expect(billing.getByTestId('billing-estimated-charge')).toHaveText('$0.00');
    await expect(page.getByRole('status', { name: /^Live/ })).toBeVisible();
    // A first (free) read proves the live channel is up: the totals move.
    const read = await request.get('/v1/verifications', { headers: { Authorization: `Bearer ${secret}` } });
    expect(read.status()).toBe(200);
    await expect(page.getByTestId('usage-total-requests')).not.toHaveText('0', { timeout: 20_000 });
    await page.evaluate(() => ((window as unknown as { figuresMarker: boolean }).figuresMarker = true));

    // --- A declined transaction check (the sandbox's magic amount).
    const call = post(request, secret);
    const txc = await call('/v1/transaction/check', {
      amount: 66600,
      currency: 'USD',
      party: { id: 'buyer-1', country: 'DE' },
    });
    expect(txc.decision).toBe('decline');
    await expect(figures.getByTestId('figure-transactions-value')).toHaveText('1', { timeout: 20_000 });
    await expect(figures.getByRole('group', { name: 'Transaction checks' })).toContainText('0 approved · 0 in review · 1 declined');
    await expect(billing.getByTestId('billing-unit-CALL')).toContainText('1');

    // --- Fraud: two flagged checks, feedback confirms one as fraud: precision 50 %.
    const review = await call('/v1/fraud/score', { email: 'shopper@review.fraud.test' });
    const decline = await call('/v1/fraud/score', { email: 'mallory@fraud.test' });
    await call('/v1/fraud/feedback', { check_id: decline.id, outcome: 'fraud' });
    await call('/v1/fraud/feedback', { check_id: review.id, outcome: 'legitimate' });
    await expect(figures.getByTestId('figure-fraud-value')).toHaveText('50%', { timeout: 20_000 });
    await expect(figures.getByRole('group', { name: 'Fraud detection precision' })).toContainText('2 of 2 checks flagged');
    // Feedback is free: three billable calls, 1.2 cents → $0.01.
    await expect(billing.getByTestId('billing-unit-CALL')).toContainText('3');
    await expect(billing.getByTestId('billing-estimated-charge')).toHaveText('$0.01');

    // --- An escrow of $50.00, and a won dispute on the declined check.
    await call('/v1/escrow/initiate', { amount: 5000, currency: 'USD', buyer_id: 'buyer-1', seller_id: 'seller-1', description: 'Order 7' });
    await call('/v1/disputes/open', { transaction_check_id: txc.id, reason: 'fraudulent', description: 'winning_evidence' });
    const escrows = figures.getByRole('table', { name: 'Escrow volume by status' });
    await expect(escrows.getByRole('row', { name: /initiated/ })).toContainText('$50.00', { timeout: 20_000 });
    await expect(figures.getByTestId('figure-disputes-value')).toHaveText('1 / 1');
    await expect(figures.getByRole('group', { name: 'Disputes resolved' })).toContainText('Win rate 100%');
    // Five billable calls: 2 cents.
    await expect(billing.getByTestId('billing-unit-CALL')).toContainText('5');
    await expect(billing.getByTestId('billing-estimated-charge')).toHaveText('$0.02');

    // Same document all along: the page was never reloaded.
    expect(await page.evaluate(() => (window as unknown as { figuresMarker?: boolean }).figuresMarker)).toBe(true);
  });
});

/** A POST to /v1 with the key that must succeed; returns its JSON. */
function post(request: APIRequestContext, secret: string) {
  return async (path: string, body: Record<string, unknown>) => {
    const res = await request.post(path, { headers: { Authorization: `Bearer ${secret}` }, data: body });
    expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as { id: string; decision?: string };
  };
}
