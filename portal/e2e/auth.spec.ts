import { expect, test } from '@playwright/test';
import { expectDashboard, fillSignUp, logIn, newAccount, signUp } from './helpers';

test.describe('developer account', () => {
  test('sign up, stay signed in across a reload, log out, log back in', async ({ page }) => {
    const account = newAccount();
    await signUp(page, account);
    const org = page.getByRole('region', { name: account.organization });
    await expect(org.getByRole('row', { name: /KYC status/ })).toContainText('Not started');
    await expect(org.getByRole('row', { name: /API Terms of Service/ })).toContainText(/Accepted/);

    // The access token lives in memory only: a reload resumes via the refresh token.
    await page.reload();
    await expectDashboard(page, account);

    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.evaluate(() => localStorage.getItem('keybs.refreshToken'))).resolves.toBeNull();

    // The dashboard is protected once logged out.
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);

    await logIn(page, account.email, account.password);
    await expectDashboard(page, account);
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    const account = newAccount('badpw');
    await signUp(page, account);
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login$/);

    await logIn(page, account.email, `${account.password}-wrong`);

    await expect(page.getByRole('alert')).toContainText('Incorrect email or password.');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('a weak password is flagged on the password field', async ({ page, request }) => {
    const account = newAccount('weak');
    await page.goto('/signup');
    await fillSignUp(page, { ...account, password: 'short' });
    await page.getByRole('button', { name: 'Create account' }).click();
    const password = page.getByLabel(/^Password/);
    await expect(password).toBeFocused();
    await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
    await expect(page).toHaveURL(/\/signup$/);

    // The server enforces the same rule and names the field, which is what
    // the form maps onto the input when a request gets past the browser.
    const response = await request.post('/graphql', {
      data: {
        query: `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
        variables: {
          input: {
            email: account.email,
            password: 'short',
            name: account.name,
            organizationName: account.organization,
            industry: 'PAYMENTS',
            acceptTerms: true,
          },
        },
      },
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string; field?: string } }> };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'validation_error', field: 'password' });
  });

  test('an email that is already registered is flagged on the email field', async ({ page }) => {
    const account = newAccount('taken');
    await signUp(page, account);
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login$/);

    await page.goto('/signup');
    await fillSignUp(page, { ...account, organization: `${account.organization} again` });
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page.getByText(/An account with this email already exists/)).toBeVisible();
    await expect(page.getByLabel('Work email')).toBeFocused();
  });

  test('the sign-up form fits a tablet screen', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/signup');
    await expect(page.getByRole('button', { name: 'Create account' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
