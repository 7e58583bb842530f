import { expect, test } from '@playwright/test';
import { newAccount, signUp } from './helpers';

test.describe('onboarding and applications', () => {
  test('the checklist shows the accepted terms, takes KYC details and a production-access request', async ({ page }) => {
    await signUp(page, newAccount('onboard'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Onboarding' }).click();

    const terms = page.getByRole('region', { name: 'Accept the API Terms of Service' });
    await expect(terms).toContainText(/Current version: \S+/);
    await expect(terms).toContainText('Done');
    await expect(terms).toContainText('Unlocks test keys');
    // The industry's permitted use cases are part of the terms.
    await expect(terms.getByRole('list', { name: 'Permitted for Payments' })).toContainText('Escrow');

    const kyc = page.getByRole('region', { name: 'Verify your company (KYC/AML)' });
    await expect(kyc).toContainText('Not started');
    await kyc.getByLabel(/^Legal company name/).fill('Analytical Engines Ltd');
    await kyc.getByLabel(/^Registration number/).fill('01234567');
    // The country is picked by name from a searchable list (typing "Germany"
    // once stored GE, Georgia).
    await kyc.getByLabel(/^Country/).fill('United King');
    await page.getByRole('option', { name: 'United Kingdom' }).click();
    await expect(kyc.getByLabel(/^Country/)).toHaveValue('United Kingdom');
    await kyc.getByLabel(/^Registered address/).fill('1 Babbage Street, London');
    await kyc.getByLabel(/^Contact name/).fill('Ada Lovelace');
    await kyc.getByLabel(/^Contact email/).fill('ada@example.com');
    await kyc.getByRole('button', { name: 'Submit for review' }).click();
    await expect(kyc).toContainText('Submitted, under review');

    const production = page.getByRole('region', { name: 'Request production access' });
    await production.getByRole('button', { name: 'Request production access for Default application' }).click();
    await expect(production).toContainText('Production access requested');
  });

  test('an application profile is edited, with the suggested tier following the volume', async ({ page }) => {
    await signUp(page, newAccount('apps'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
    await page.getByRole('table', { name: 'Applications' }).getByRole('link', { name: 'Default application' }).click();

    const profile = page.getByRole('region', { name: 'Profile' });
    const tier = profile.getByTestId('suggested-tier');
    await expect(tier).toContainText('Starter');
    await profile.getByLabel('Expected monthly volume').fill('250000');
    await expect(tier).toContainText('Scale');
    await profile.getByLabel('Callback URLs').fill('https://example.com/kyc/done');
    await profile.getByLabel('Callback URLs').press('Enter');
    await profile.getByRole('checkbox', { name: 'Escrow' }).check();
    await profile.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('The application was saved.')).toBeVisible();

    await page.reload();
    await expect(profile.getByLabel('Expected monthly volume')).toHaveValue('250,000');
    await expect(profile.getByTestId('suggested-tier')).toContainText('Scale');
    await expect(profile.getByRole('checkbox', { name: 'Escrow' })).toBeChecked();

    // A bad callback URL is refused by the server and flagged on its field.
    await profile.getByLabel('Callback URLs').fill('ftp://example.com');
    await profile.getByLabel('Callback URLs').press('Enter');
    await profile.getByRole('button', { name: 'Save changes' }).click();
    await expect(profile.getByText(/not an absolute http\(s\) URL/)).toBeVisible();
  });

  test('the audit log lists what the account did', async ({ page }) => {
    await signUp(page, newAccount('audit'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    const log = page.getByRole('table', { name: 'Audit log' });
    await expect(log).toContainText('user.signed_up');
    await page.getByLabel('Action').selectOption({ label: 'API keys' });
    await expect(page.getByText('No entries')).toBeVisible();
  });

  test('the API reference renders the OpenAPI document', async ({ page }) => {
    await signUp(page, newAccount('docs'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API reference' }).click();
    await expect(page.getByRole('region', { name: 'Quick start' })).toContainText('/v1/verifications');
    const endpoints = page.getByRole('region', { name: 'Endpoints' });
    await endpoints.getByRole('button', { name: /POST\s*\/v1\/verifications\s*Create/ }).click();
    const samples = endpoints.getByRole('tablist', { name: 'Code samples for POST /v1/verifications' });
    await expect(samples.getByRole('tab', { name: 'curl' })).toBeVisible({ timeout: 15_000 });
    await samples.getByRole('tab', { name: 'curl' }).click();
    await expect(endpoints.getByRole('figure', { name: 'curl sample for POST /v1/verifications' })).toContainText('$KEYBS_API_KEY');
  });

  test('the keys and webhooks pages fit a tablet screen', async ({ page }) => {
    await signUp(page, newAccount('tablet'));
    await page.setViewportSize({ width: 768, height: 1024 });
    for (const path of ['/keys', '/webhooks', '/onboarding', '/applications', '/audit-log']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} overflows horizontally`).toBeLessThanOrEqual(0);
    }
  });
});
