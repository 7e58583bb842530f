import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { newAccount, signUp } from './helpers';

async function accessToken(request: APIRequestContext, email: string, password: string): Promise<string> {
  const res = await request.post('/graphql', {
    data: { query: 'mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }', variables: { input: { email, password } } },
  });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data.logIn.accessToken as string;
}

// The checklist reads the organization's real state and keeps up with it:
// a key made and used elsewhere ticks its steps on the open dashboard.
test('the dashboard checklist ticks off a first key and a first call as they happen', async ({ page, request }) => {
  const account = newAccount('checklist');
  await signUp(page, account);
  const steps = page.getByRole('list', { name: 'Onboarding steps' });
  await expect(steps.getByLabel('Accept the API terms: done')).toBeVisible();
  await expect(steps.getByLabel('Create an API key: to do')).toBeVisible();
  await expect(steps.getByLabel('Make your first API call: to do')).toBeVisible();
  await expect(steps.getByRole('link', { name: 'Create an API key' })).toHaveAttribute('href', '/keys');
  await expectNoSeriousA11yViolations(page, 'the dashboard with its checklist');

  const token = await accessToken(request, account.email, account.password);
  const created = await request.post('/v1/api-keys', { headers: { Authorization: `Bearer ${token}` }, data: { name: 'Checklist key', environment: 'test' } });
  expect(created.status()).toBe(201);
  const key = await created.json();
  expect((await request.get('/v1/verifications?limit=1', { headers: { Authorization: `Bearer ${key.key}` } })).status()).toBe(200);

  // Live: the new call is pushed to the page, which reads the checklist again.
  await expect(steps.getByLabel('Create an API key: done')).toBeVisible({ timeout: 20_000 });
  await expect(steps.getByLabel('Make your first API call: done')).toBeVisible({ timeout: 20_000 });
  const activity = page.getByRole('list', { name: 'Recent activity' });
  await expect(activity.getByRole('link', { name: /GET \/v1\/verifications/ })).toBeVisible({ timeout: 20_000 });
});
