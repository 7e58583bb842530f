import { expect, type Page } from '@playwright/test';

export interface Account {
  name: string;
  email: string;
  password: string;
  organization: string;
}

/** A new account per call, so runs never collide on a reused database. */
export function newAccount(label = 'dev'): Account {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return {
    name: 'Ada Lovelace',
    email: `e2e-${label}-${unique}@example.com`,
    password: `Correct-horse-${unique}`,
    organization: `Analytical Engines ${unique}`,
  };
}

export async function fillSignUp(page: Page, account: Account) {
  await page.getByLabel('Full name').fill(account.name);
  await page.getByLabel('Work email').fill(account.email);
  await page.getByLabel(/^Password/).fill(account.password);
  await page.getByLabel('Organization name').fill(account.organization);
  await page.getByLabel('Industry').selectOption({ label: 'Payments' });
  await page.getByLabel(/I accept the API Terms of Service \(version .+\)/).check();
}

export async function signUp(page: Page, account: Account) {
  await page.goto('/signup');
  await fillSignUp(page, account);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectDashboard(page, account);
}

export async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

export async function expectDashboard(page: Page, account: Account) {
  await expect(page).toHaveURL(/\/$/);
  const org = page.getByRole('region', { name: account.organization });
  await expect(org).toBeVisible();
  await expect(org.getByRole('row', { name: /Industry/ })).toContainText('Payments');
  await expect(org.getByRole('row', { name: /Your role/ })).toContainText('Owner');
  await expect(page.getByRole('region', { name: 'Your profile' })).toContainText(account.email);
}
