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

// The moment a developer opens the request log: a key was revoked and their
// server still sends it. The refused call is there, with its detail, under
// that key, and the filters find it or hide it.
test('a revoked key’s 401 is in the request log with its detail, and the filters find it', async ({ page, request }) => {
  const account = newAccount('reqlog');
  await signUp(page, account);
  const token = await accessToken(request, account.email, account.password);
  const auth = { Authorization: `Bearer ${token}` };
  const created = await request.post('/v1/api-keys', { headers: auth, data: { name: 'Revoked server key', environment: 'test' } });
  expect(created.status()).toBe(201);
  const key = await created.json();
  expect((await request.post(`/v1/api-keys/${key.id}/revoke`, { headers: auth })).status()).toBe(200);
  const requestId = `req_e2e_revoked_${Date.now().toString(36)}`;
  const refused = await request.get('/v1/verifications', { headers: { Authorization: `Bearer ${key.key}`, 'X-Request-Id': requestId } });
  expect(refused.status()).toBe(401);

  await page.goto('/usage');
  const log = page.getByRole('region', { name: 'Request log' });
  await expect(log.getByText('Loading the request log…')).toBeHidden({ timeout: 30_000 });
  const row = log.getByRole('button', { name: new RegExp(`request ${requestId}`) });
  // The usage writer is batched: the page is live, the row arrives on its own.
  await expect(row).toBeVisible({ timeout: 30_000 });

  await log.getByLabel('Status').selectOption({ label: 'Successful (2xx, 3xx)' });
  await expect(row).toBeHidden();
  await log.getByLabel('Status').selectOption({ label: 'Client errors (4xx)' });
  await expect(row).toBeVisible();
  await log.getByLabel('Status').selectOption({ label: 'All statuses' });
  await log.getByLabel('Error code').fill('unauthorized');
  await expect(row).toBeVisible();
  await log.getByLabel('Error code').fill('');
  await log.getByLabel('Request ID').fill(requestId);
  await expect(log.getByTestId('request-log-row')).toHaveCount(1);

  await expectNoSeriousA11yViolations(page, 'the request log filtered to a refused call');
  await row.click();
  const drawer = page.getByRole('dialog', { name: 'Request' });
  await expect(drawer).toBeVisible();
  const summary = drawer.getByRole('table', { name: 'Request summary' });
  await expect(summary).toContainText('401');
  await expect(summary).toContainText('unauthorized');
  await expect(summary).toContainText(requestId);
  await expect(summary).toContainText('Revoked server key');
  await expect(drawer).toContainText('this API key has been revoked');
  // The bodies are highlighted JSON: their colours must be readable too.
  await expectNoSeriousA11yViolations(page, 'the request detail drawer');
  await drawer.getByRole('button', { name: 'Close the request' }).click();
  await expect(drawer).toBeHidden();
});
