import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { logIn, newAccount } from './helpers';
import { startReceiver } from './receiver';

// The verification lifecycle across both sides of the portal: a partner's
// test key opens a case; an analyst (a staff log-in, landing on the
// operations console) reviews it and asks for a document; the partner
// attaches it in the portal; the analyst approves; a different, senior
// analyst signs and publishes; the partner's page shows the published report
// without a reload, and the partner's receiver got every event, signed.

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const binary = resolve(repoRoot, process.env.KEYBS_BIN ?? join('bin', 'keybs'));

/** A staff member made with the CLI against the e2e server's own database (see playwright.config.ts). */
function createStaff(role: 'analyst' | 'senior_analyst' | 'ops'): { email: string; password: string } {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const email = `e2e-${role.replace('_', '-')}-${unique}@keybs.example`;
  const password = `Staff-horse-${Math.random().toString(36).slice(2, 12)}`;
  const dataDir = process.env.KEYBS_E2E_DIR!;
  execFileSync(binary, ['staff', 'create', '--email', email, '--role', role, '--name', `E2E ${role}`, '--password-stdin'], {
    cwd: repoRoot,
    input: `${password}\n`,
    env: { ...process.env, DATABASE_URL: `sqlite://${join(dataDir, 'e2e.db')}`, KEYBS_DATA_DIR: dataDir, KEYBS_ENV: 'test', KEYBS_LOG_LEVEL: 'warn' },
  });
  return { email, password };
}

async function graphql(request: APIRequestContext, token: string | null, query: string, variables: Record<string, unknown>) {
  const res = await request.post('/graphql', { data: { query, variables }, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  expect(res.ok()).toBeTruthy();
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function staffPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await logIn(page, who.email, who.password);
  // Staff land on the console, not on a partner dashboard.
  await expect(page).toHaveURL(/\/ops$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Case queue' })).toBeVisible();
  return page;
}

test('a case from a test key through review, a requested document, approval and a four-eyes signature to a live published report', async ({ page, request, browser }) => {
  test.setTimeout(120_000);
  const account = newAccount('lifecycle');
  const { signUp } = await graphql(
    request,
    null,
    'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    {
      input: {
        email: account.email, password: account.password, name: account.name,
        organizationName: account.organization, industry: 'ECOMMERCE', acceptTerms: true,
      },
    },
  );
  const token = signUp.accessToken as string;
  const receiver = await startReceiver();
  try {
    const { createWebhookEndpoint } = await graphql(
      request,
      token,
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
      { input: { url: receiver.url, environment: 'TEST', description: 'lifecycle receiver' } },
    );
    const secret = createWebhookEndpoint.secret as string;
    const key = await request.post('/v1/api-keys', { headers: { Authorization: `Bearer ${token}` }, data: { name: 'lifecycle test', environment: 'test' } });
    expect(key.status()).toBe(201);
    const supplier = `Lifecycle Textiles ${Date.now().toString(36)}`;
    // sim_manual keeps the sandbox simulator away: people move this case.
    const created = await request.post('/v1/verifications', {
      headers: { Authorization: `Bearer ${(await key.json()).key}` },
      data: { supplier_name: supplier, country_code: 'IN', tier: 'tier1', package: 'standard', contact_email: 'ops@lifecycle.example', client_reference: 'po-1 sim_manual' },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();

    // --- The partner watches the case in the portal.
    await page.goto('/login');
    await logIn(page, account.email, account.password);
    await expect(page).toHaveURL(/\/$/);
    await page.goto(`/verifications/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: supplier })).toBeVisible();
    await expect(page.getByText('Submitted', { exact: true }).first()).toBeVisible();
    await page.evaluate(() => ((window as unknown as { lifecycleMarker?: boolean }).lifecycleMarker = true));

    // --- The analyst picks it up from the queue and asks for a document.
    const analyst = await staffPage(browser, createStaff('analyst'));
    await analyst.getByLabel('Environment').selectOption('TEST');
    await analyst.getByRole('link', { name: supplier }).click();
    await expect(analyst.getByRole('heading', { level: 1, name: supplier })).toBeVisible();
    const actions = analyst.getByRole('region', { name: 'Actions' });
    await actions.getByRole('button', { name: 'Start review' }).click();
    await actions.getByRole('button', { name: 'Request information…' }).click();
    await actions.getByLabel('Document kind').selectOption('TRADE_LICENSE');
    await actions.getByLabel(/What the document must show/).fill('The current trade license, valid this year.');
    await actions.getByRole('button', { name: 'Send the request (1 item)' }).click();
    await expect(analyst.getByText('Information requested', { exact: true }).first()).toBeVisible();
    // An analyst cannot sign: the console does not even offer it.
    await expect(actions.getByRole('button', { name: 'Sign report' })).toHaveCount(0);

    // --- The partner sees the request live and attaches the document.
    await expect(page.getByText('KeyBS needs information from you')).toBeVisible();
    const item = page.getByRole('listitem', { name: 'Trade license requested' });
    await item.getByLabel(/File name/).fill('trade-license-2026.pdf');
    await item.getByLabel(/Storage path/).fill('s3://lifecycle/trade-license-2026.pdf');
    await item.getByLabel(/SHA-256/).fill('ab'.repeat(32));
    await item.getByRole('button', { name: 'Attach document' }).click();
    await expect(page.getByText('Information received', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('table', { name: 'Documents' })).toContainText('trade-license-2026.pdf');

    // --- The analyst sees it arrive and approves.
    await expect(analyst.getByText('Information received', { exact: true }).first()).toBeVisible();
    await actions.getByRole('button', { name: 'Approve…' }).click();
    await actions.getByLabel(/Trust score/).fill('82');
    await actions.getByLabel('Risk band').selectOption('MEDIUM');
    await actions.getByLabel(/Controls/).fill('Annual re-check');
    await actions.getByRole('button', { name: 'Approve the case' }).click();
    await expect(analyst.getByText('Approved, awaiting signature', { exact: true }).first()).toBeVisible();
    await expect(actions).toContainText('sign report is for a senior analyst');

    // --- A different, senior analyst signs and publishes.
    const senior = await staffPage(browser, createStaff('senior_analyst'));
    await senior.goto(`/ops/cases/${id}`);
    const seniorActions = senior.getByRole('region', { name: 'Actions' });
    await seniorActions.getByRole('button', { name: 'Sign report' }).click();
    await expect(senior.getByText('Report signed', { exact: true }).first()).toBeVisible();
    await seniorActions.getByRole('button', { name: 'Publish report' }).click();
    await expect(senior.getByText('Report published', { exact: true }).first()).toBeVisible();

    // --- The partner's page shows the published report, without a reload.
    const report = page.getByRole('region', { name: 'Report' });
    await expect(report).toContainText('Report published');
    await expect(report.getByRole('link', { name: 'Open the public verify page' })).toBeVisible();
    await expect(report.getByRole('link', { name: 'Download the report (PDF)' })).toBeVisible();
    await expect(report).toContainText(/[0-9a-f]{64}/);
    expect(await page.evaluate(() => (window as unknown as { lifecycleMarker?: boolean }).lifecycleMarker)).toBe(true);

    // --- The receiver got every step, each signed with the endpoint's secret.
    const expected = [
      'verification.submitted',
      'verification.in_review',
      'verification.rfi_requested',
      'verification.rfi_resolved',
      'verification.approved',
      'report.signed',
      'report.published',
    ];
    const types = () =>
      receiver.received
        .map((hit) => JSON.parse(hit.body) as { event_type: string; verification_case_id?: string })
        .filter((e) => e.verification_case_id === id)
        .map((e) => e.event_type);
    await expect.poll(() => [...new Set(types())].sort(), { timeout: 15_000 }).toEqual([...expected].sort());
    for (const hit of receiver.received) {
      const [t, v1] = String(hit.headers['x-keybs-signature']).split(',');
      const mac = createHmac('sha256', secret).update(`${t!.slice(2)}.${hit.body}`).digest('hex');
      expect(v1, `signature of ${hit.body.slice(0, 80)}`).toBe(`v1=${mac}`);
    }
  } finally {
    await receiver.close();
  }
});

test('a sandbox case on the default path reaches a published report by itself', async ({ page, request }) => {
  test.setTimeout(150_000);
  const account = newAccount('sandbox');
  await graphql(request, null, 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
    input: {
      email: account.email, password: account.password, name: account.name,
      organizationName: account.organization, industry: 'ECOMMERCE', acceptTerms: true,
    },
  });
  await page.goto('/login');
  await logIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Verifications' }).click();
  await expect(page.getByText('Sandbox cases move by themselves')).toBeVisible();
  await page.getByRole('button', { name: 'Open a sandbox case' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a sandbox case' });
  await dialog.getByLabel(/Supplier name/).fill('Self-driving Supplies');
  await dialog.getByLabel(/Country code/).fill('IN');
  await dialog.getByLabel(/Supplier contact email/).fill('ops@self-driving.example');
  await dialog.getByRole('button', { name: /Open/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Self-driving Supplies' })).toBeVisible();
  // Four steps (in review, approved, signed, published), each due 5 s after
  // the one before and taken at the simulator's next 5 s tick: up to 40 s.
  await expect(page.getByRole('region', { name: 'Report' })).toContainText('Report published', { timeout: 100_000 });
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Report published');
});
