import { createHmac } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { newAccount, signUp } from './helpers';
import { startReceiver } from './receiver';

// The path a new partner takes: sign up, create a test key, call the API with
// it, receive a webhook, then revoke the key and see the API refuse it.

test.describe('developer journey', () => {
  test('from sign-up to a first API call and a first webhook, then revoke the key', async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const account = newAccount('journey');
    await signUp(page, account);

    // --- Create a test key and copy the secret.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
    await expect(page.getByRole('heading', { name: 'API keys' })).toBeVisible();
    await page.getByRole('button', { name: 'Create a test key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.getByLabel(/^Name/).fill('Checkout server');
    // Scopes come pre-filled from the industry preset (payments).
    await expect(dialog.getByRole('checkbox', { name: /escrow:initiate/ })).toBeChecked();
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const reveal = page.getByRole('dialog', { name: 'Your new API key' });
    const secret = (await reveal.getByLabel('Your new API key').innerText()).trim();
    expect(secret).toMatch(/^kbs_test_[A-Za-z0-9]+$/);
    await reveal.getByRole('button', { name: 'Copy API key' }).click();
    await expect(reveal.getByRole('button', { name: 'API key copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    // The next step: a curl call with the new key filled in.
    await expect(reveal.getByRole('figure', { name: 'First API call (curl)' })).toContainText(`Authorization: Bearer ${secret}`);

    // --- The key works against REST /v1.
    const ok = await request.get('/v1/verifications', { headers: { Authorization: `Bearer ${secret}` } });
    expect(ok.status()).toBe(200);
    expect(((await ok.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);

    await reveal.getByRole('button', { name: 'I have saved my key' }).click();
    const keys = page.getByRole('table', { name: 'Test API keys' });
    const row = keys.getByRole('row', { name: /Checkout server/ });
    await expect(row).toContainText(`${secret.slice(0, 12)}…${secret.slice(-4)}`);
    await expect(row).toContainText('Active');

    // --- Usage: more calls with the key show up live, without a reload.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Usage' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
    const totalRequests = page.getByRole('group', { name: 'Requests' }).getByTestId('usage-total-requests');
    const readTotal = async () => Number((await totalRequests.innerText()).replace(/\D/g, ''));
    // The first call is recorded off the request path; it is counted by now.
    await expect.poll(readTotal, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole('status', { name: /^Live/ })).toBeVisible();
    const before = await readTotal();
    await page.evaluate(() => ((window as unknown as { usageMarker: boolean }).usageMarker = true));
    const N = 3;
    for (let i = 0; i < N; i++) {
      const more = await fetch(new URL('/v1/verifications', page.url()), { headers: { Authorization: `Bearer ${secret}` } });
      expect(more.status).toBe(200);
    }
    await expect(totalRequests).toHaveText(String(before + N), { timeout: 15_000 });
    await expect(page.getByRole('figure', { name: 'Requests and errors' })).toHaveAccessibleDescription(new RegExp(`^${before + N} requests`));
    await expect(page.getByRole('table', { name: 'Request log' }).getByRole('row', { name: /GET \/v1\/verifications/ })).toHaveCount(before + N);
    // Same document: the page was not reloaded.
    expect(await page.evaluate(() => (window as unknown as { usageMarker?: boolean }).usageMarker)).toBe(true);

    // --- A webhook endpoint on loopback receives a test event, live in the log.
    const receiver = await startReceiver();
    try {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
      await page.getByRole('button', { name: 'Add a test endpoint' }).click();
      const add = page.getByRole('dialog', { name: 'Add an endpoint' });
      await add.getByLabel(/^Endpoint URL/).fill(receiver.url);
      await add.getByLabel('Description (optional)').fill('Local receiver');
      await add.getByRole('button', { name: 'Add endpoint' }).click();
      const secretDialog = page.getByRole('dialog', { name: 'Your endpoint’s signing secret' });
      const signingSecret = (await secretDialog.getByLabel('Your new signing secret').innerText()).trim();
      expect(signingSecret).toMatch(/^whsec_/);
      await secretDialog.getByRole('button', { name: 'I have saved the secret' }).click();

      await expect(page.getByRole('heading', { level: 1, name: receiver.url })).toBeVisible();
      const log = page.getByRole('region', { name: 'Delivery log' });
      await expect(log.getByText(/No deliveries yet/)).toBeVisible();
      await page.getByRole('button', { name: 'Send test event' }).click();

      // No reload: the row arrives over the webhookDeliveryLogged subscription.
      const delivery = log.getByTestId('delivery-row').filter({ hasText: 'webhook.test' });
      await expect(delivery).toContainText('Succeeded', { timeout: 10_000 });
      await expect(delivery).toContainText('200');

      expect(receiver.received).toHaveLength(1);
      const hit = receiver.received[0]!;
      const [t, v1] = String(hit.headers['x-keybs-signature']).split(',');
      const expected = createHmac('sha256', signingSecret).update(`${t!.slice(2)}.${hit.body}`).digest('hex');
      expect(v1).toBe(`v1=${expected}`);

      await delivery.getByRole('button', { name: /Details of webhook.test/ }).click();
      const detail = page.getByRole('dialog', { name: 'Delivery attempt' });
      await expect(detail.getByRole('table', { name: 'Request headers' })).toContainText('X-Keybs-Signature');
      await expect(detail.getByRole('figure', { name: 'Request body' })).toContainText('"event_type": "webhook.test"');
      await expect(detail.getByRole('figure', { name: /Response/ })).toContainText('received');
      // A manual resend is a new attempt that also shows up live.
      await detail.getByRole('button', { name: 'Resend' }).click();
      await page.keyboard.press('Escape');
      await expect(log.getByTestId('delivery-row').filter({ hasText: 'Resent' })).toContainText('Succeeded', { timeout: 10_000 });
      expect(receiver.received).toHaveLength(2);
    } finally {
      await receiver.close();
    }

    // --- Revoke the key; a second tab sees it live; the API refuses the key.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
    const other = await context.newPage();
    await other.goto('/keys');
    const otherRow = other.getByRole('table', { name: 'Test API keys' }).getByRole('row', { name: /Checkout server/ });
    await expect(otherRow).toContainText('Active');

    await revokeKey(page, 'Checkout server');
    await expect(page.getByRole('table', { name: 'Test API keys' }).getByRole('row', { name: /Checkout server/ })).toContainText('Revoked');
    await expect(otherRow).toContainText('Revoked');

    const refused = await request.get('/v1/verifications', { headers: { Authorization: `Bearer ${secret}` } });
    expect(refused.status()).toBe(401);
  });
});

async function revokeKey(page: Page, name: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Revoke…' }).click();
  const confirm = page.getByRole('dialog', { name: `Revoke “${name}”?` });
  await confirm.getByLabel(/Reason/).fill('End of the e2e test');
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(confirm).toBeHidden();
}
