import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    // Its own random part: a password built on the email's would be refused
    // as guessable from the address.
    password: `Correct-horse-${Math.random().toString(36).slice(2, 10)}`,
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

/**
 * The newest link emailed to `to` whose path starts with `path`: the server
 * writes every email as a file in KEYBS_MAIL_DIR (see playwright.config.ts).
 */
export async function emailedLink(to: string, path: string): Promise<string> {
  const dir = join(process.env.KEYBS_E2E_DIR ?? '', 'mail');
  let link: string | undefined;
  await expect
    .poll(
      () => {
        let names: string[] = [];
        try {
          names = readdirSync(dir).filter((n) => n.endsWith(`-${to}.eml`)).sort();
        } catch {
          return undefined;
        }
        for (const name of names.reverse()) {
          const match = new RegExp(`https?://\\S+${path.replace(/[/?]/g, '\\$&')}\\?token=\\S+`).exec(readFileSync(join(dir, name), 'utf8'));
          if (match) return (link = match[0]);
        }
        return undefined;
      },
      { message: `an email to ${to} with a ${path} link`, timeout: 10_000 },
    )
    .toBeTruthy();
  // Links use KEYBS_PUBLIC_URL; the browser tests open them on the test server.
  const url = new URL(link!);
  return url.pathname + url.search;
}
