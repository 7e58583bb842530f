import { expect, test } from '@playwright/test';
import { newAccount, signUp } from './helpers';

// A tenant opens one of its published demo reports, sees the badge it would
// embed, and shares two of the report's fields with a third party through a
// share token: the third party's call reveals exactly those two, the tenant
// sees that call among the token's attempts, revokes the token, and the next
// call is answered as if the token never existed.

test('a share token of a published demo report reveals only its two fields, shows its attempt and stops when revoked', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const account = newAccount('share');
  await signUp(page, account);

  // Every new tenant has a published sandbox report: Rhein Precision's is valid for a year.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Verifications' }).click();
  await page.getByRole('link', { name: 'Rhein Precision GmbH (demo)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rhein Precision GmbH (demo)' })).toBeVisible();
  const report = page.getByRole('region', { name: 'Report' });
  await expect(report.getByRole('link', { name: 'Download the report (PDF)' })).toBeVisible();
  const pdfHref = await report.getByRole('link', { name: 'Download the report (PDF)' }).getAttribute('href');
  const pdf = await request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // --- The badge: the seed's snippet, and the badge itself in its Active state.
  const badge = page.getByRole('region', { name: 'Verification badge' });
  const verificationId = (await page.locator('h1 + div code').first().innerText()).trim();
  expect(verificationId).toMatch(/^KBS-VR-/);
  await expect(badge.getByRole('figure', { name: 'Badge snippet (HTML)' })).toContainText(
    `<script async src="${baseURL}/badge/${verificationId}/embed.js"></script>`,
  );
  const preview = badge.frameLocator(`iframe[title="Live preview of the KeyBS verification badge for ${verificationId}"]`);
  await expect(preview.locator('[data-state]')).toHaveAttribute('data-state', 'active');
  await expect(preview.getByText('Active', { exact: true })).toBeVisible();
  await expect(preview.getByText('Rhein Precision GmbH (demo)')).toBeVisible();

  // --- Create a share token revealing two fields.
  const shares = page.getByRole('region', { name: 'Share tokens' });
  await expect(shares.getByText('No share tokens for this report yet.')).toBeVisible();
  await shares.getByRole('button', { name: 'Create a share token' }).click();
  const form = shares.getByRole('form', { name: 'Create a share token' });
  const picker = form.getByRole('group', { name: /Fields it reveals/ });
  // Clear the default selection; the locator is live, so take the first checked box each time.
  const checked = picker.getByRole('checkbox', { checked: true });
  while ((await checked.count()) > 0) await checked.first().uncheck();
  await picker.getByRole('checkbox', { name: 'Supplier name' }).check();
  await picker.getByRole('checkbox', { name: 'Trust score' }).check();
  await form.getByLabel(/Uses allowed/).fill('3');
  await form.getByRole('button', { name: 'Create share token' }).click();

  const reveal = shares.getByRole('region', { name: 'Your new share token' });
  const token = (await reveal.getByLabel('Your new share token').innerText()).trim();
  expect(token).toMatch(/^kbs_share_[A-Za-z0-9]+$/);
  // Copy the full request (address and token) as the tenant would send it on.
  const call = reveal.getByRole('figure', { name: /full link and token/ });
  await call.getByRole('button', { name: /Copy/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = /curl -X POST (\S+)/.exec(copied)?.[1];
  expect(url).toBe(`${baseURL}/v1/kyc-share/verify`);
  expect(copied).toContain(`{"token": "${token}"}`);

  // --- The third party's call reveals exactly those two fields.
  const verify = () =>
    request.post(url!, { data: { token }, headers: { Origin: 'https://buyer.example', 'User-Agent': 'BuyerBot/1.0 (share-tokens e2e)' } });
  const first = await verify();
  expect(first.status()).toBe(200);
  const body = await first.json();
  expect(Object.keys(body).sort()).toEqual(['sandbox', 'supplier_name', 'trust_score']);
  expect(body).toMatchObject({ supplier_name: 'Rhein Precision GmbH (demo)', trust_score: 86, sandbox: true });

  // --- The tenant sees the token, one use spent, and that attempt.
  await reveal.getByRole('button', { name: 'I have saved the token' }).click();
  await expect(shares.getByText(token)).toHaveCount(0);
  await shares.getByRole('button', { name: 'Refresh' }).click();
  const row = shares.getByTestId('share-token-row');
  await expect(row).toContainText('Active');
  await expect(row).toContainText('1 of 3 used');
  await expect(row).toContainText('Supplier name, Trust score');
  await row.getByRole('button', { name: 'See attempts' }).click();
  const attempt = shares.getByRole('table', { name: /Attempts with share token/ }).getByTestId('share-attempt');
  await expect(attempt).toHaveCount(1);
  await expect(attempt).toContainText('Fields revealed');
  await expect(attempt).toContainText('buyer.example');
  await expect(attempt).toContainText('BuyerBot/1.0 (share-tokens e2e)');
  await expect(attempt).toContainText('127.0.0.1');

  // --- Revoke, after confirming; the next call is a plain 404.
  await row.getByRole('button', { name: 'Revoke' }).click();
  const dialog = page.getByRole('dialog', { name: /Revoke share token kbs_share_/ });
  await dialog.getByRole('button', { name: 'Revoke token' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
  const after = await verify();
  expect(after.status()).toBe(404);
  expect((await after.json()).error.code).toBe('not_found');
});
