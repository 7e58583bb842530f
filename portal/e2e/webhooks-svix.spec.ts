import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { newAccount, signUp } from './helpers';

/** A loopback receiver whose answer the test switches; it counts each event's answers by status. */
async function switchReceiver() {
  let status = 500;
  const answers = new Map<string, number[]>();
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const id = String(req.headers['x-keybs-event-id'] ?? '');
      answers.set(id, [...(answers.get(id) ?? []), status]);
      res.writeHead(status, { 'Content-Type': 'text/plain' });
      res.end(status === 200 ? 'ok' : 'down for maintenance');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    answer: (s: number) => {
      status = s;
    },
    /** How many times the receiver answered 200, for every event it saw. */
    successes: () => [...answers.values()].map((list) => list.filter((s) => s === 200).length),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function graphql(request: APIRequestContext, token: string, query: string, variables: Record<string, unknown>) {
  const res = await request.post('/graphql', { data: { query, variables }, headers: { Authorization: `Bearer ${token}` } });
  expect(res.ok()).toBeTruthy();
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function accessToken(request: APIRequestContext, email: string, password: string): Promise<string> {
  const res = await request.post('/graphql', {
    data: { query: 'mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }', variables: { input: { email, password } } },
  });
  return (await res.json()).data.logIn.accessToken as string;
}

/** Opens a verification case with a test key: its verification.submitted event is a webhook message. */
async function openCase(request: APIRequestContext, key: string) {
  const created = await request.post('/v1/verifications', {
    headers: { Authorization: `Bearer ${key}` },
    data: { supplier_name: 'Svix Textiles', country_code: 'IN', tier: 'tier1', package: 'standard', contact_email: 'ops@svix.example', client_reference: 'svix sim_manual' },
  });
  expect(created.status()).toBe(201);
}

/**
 * The newest message row (the log is newest first) and its nested attempts, opened, once its first two
 * automatic attempts have failed and the third is scheduled minutes ahead: nothing is then about to be
 * sent while the test acts.
 */
async function openNewestMessage(page: Page) {
  const log = page.getByRole('table', { name: 'Messages' });
  const row = log.getByTestId('message-row').first();
  await expect(row).toContainText('Pending', { timeout: 20_000 });
  await row.getByRole('button', { name: /^Show attempts of/ }).click();
  const attempts = log.getByRole('table', { name: /^Attempts of/ });
  await expect(attempts.getByTestId('attempt-row')).toHaveCount(3, { timeout: 30_000 });
  await expect(attempts.getByTestId('attempt-row').last()).toContainText(/Pending.*Due in/);
  return { log, row, attempts };
}

test('a private URL is refused when a live endpoint is saved', async ({ page }) => {
  await signUp(page, newAccount('svix-ssrf'));
  await page.goto('/webhooks?env=live');
  await page.getByRole('button', { name: /^Add (a live )?endpoint$/ }).first().click();
  const add = page.getByRole('dialog', { name: 'Add an endpoint' });
  await add.getByLabel(/^Endpoint URL/).fill('https://10.0.0.5/hook');
  await add.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(add.getByText(/private network address/)).toBeVisible();
  await expect(add).toBeVisible();
});

test('retry now, a resend that cancels the scheduled retry, and revealing the secret after the password', async ({ page, request }) => {
  const account = newAccount('svix');
  await signUp(page, account);
  const token = await accessToken(request, account.email, account.password);
  const receiver = await switchReceiver();
  try {
    const { createWebhookEndpoint } = await graphql(
      request,
      token,
      'mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret endpoint { id } } }',
      { in: { url: receiver.url, environment: 'TEST', eventTypes: ['verification.submitted'] } },
    );
    const key = await request.post('/v1/api-keys', { headers: { Authorization: `Bearer ${token}` }, data: { name: 'svix e2e', environment: 'test' } });
    expect(key.status()).toBe(201);
    const apiKey = (await key.json()).key as string;

    // --- Retry now: attempt 1 fails, its retry is scheduled; sending it now delivers the message.
    await openCase(request, apiKey);
    await page.goto(`/webhooks/${createWebhookEndpoint.endpoint.id}`);
    let { row, attempts } = await openNewestMessage(page);
    await expect(attempts.getByTestId('attempt-row').first()).toContainText('Failed');
    receiver.answer(200);
    await attempts.getByRole('button', { name: 'Retry attempt 3 of verification.submitted now' }).click();
    await expect(row).toContainText('Succeeded', { timeout: 20_000 });
    await expect(attempts.getByTestId('attempt-row').last()).toContainText('Succeeded');

    // --- A resend that succeeds cancels the still-scheduled automatic retry: delivered once.
    receiver.answer(500);
    await openCase(request, apiKey);
    await page.reload();
    ({ row, attempts } = await openNewestMessage(page));
    await expect(attempts.getByTestId('attempt-row').first()).toContainText('Failed');
    receiver.answer(200);
    await attempts.getByRole('button', { name: /^Details of verification.submitted attempt 1/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Delivery attempt' });
    await drawer.getByRole('button', { name: 'Resend' }).click();
    await drawer.getByRole('button', { name: /close/i }).first().click();
    await expect(row).toContainText('Succeeded', { timeout: 20_000 });
    await expect(attempts.getByTestId('attempt-row').filter({ hasText: 'Cancelled' })).toContainText(/delivered the event/);
    expect(receiver.successes()).toEqual([1, 1]);

    // --- The signing secret again, after the password.
    await page.getByRole('button', { name: 'Reveal signing secret…' }).click();
    const reveal = page.getByRole('dialog', { name: 'Reveal the signing secret' });
    await reveal.getByLabel('Password', { exact: true }).fill('not my password');
    await reveal.getByRole('button', { name: 'Reveal secret' }).click();
    await expect(reveal.getByText(/password is wrong/i)).toBeVisible();
    await reveal.getByLabel('Password', { exact: true }).fill(account.password);
    await reveal.getByRole('button', { name: 'Reveal secret' }).click();
    const shown = page.getByRole('dialog', { name: 'Your signing secret' });
    await expect(shown.getByLabel('Your new signing secret')).toHaveText(createWebhookEndpoint.secret);
    await expect(shown.getByRole('note')).toContainText('keeps it encrypted');
  } finally {
    await receiver.close();
  }
});
