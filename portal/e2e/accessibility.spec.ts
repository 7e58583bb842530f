import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { logIn, newAccount, signUp } from './helpers';

// Every page of the portal (each route of portal/src/app/routes.tsx) passes
// axe's WCAG 2.2 AA rules with no serious or critical violation, has one
// <main> and its own document title: the public pages signed out, the
// partner pages as a new organization's owner with an application, a
// webhook endpoint and a verification case to open, and the operations
// console as staff.

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const binary = resolve(repoRoot, process.env.KEYBS_BIN ?? join('bin', 'keybs'));

/** A staff member made with the CLI against the e2e server's own database (see playwright.config.ts). */
function createStaff(): { email: string; password: string } {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const email = `e2e-a11y-ops-${unique}@keybs.example`;
  const password = `Staff-horse-${Math.random().toString(36).slice(2, 12)}`;
  const dataDir = process.env.KEYBS_E2E_DIR!;
  execFileSync(binary, ['staff', 'create', '--email', email, '--role', 'ops', '--name', 'E2E ops', '--password-stdin'], {
    cwd: repoRoot,
    input: `${password}\n`,
    env: { ...process.env, DATABASE_URL: `sqlite://${join(dataDir, 'e2e.db')}`, KEYBS_DATA_DIR: dataDir, KEYBS_ENV: 'test', KEYBS_LOG_LEVEL: 'warn' },
  });
  return { email, password };
}

async function graphql(request: APIRequestContext, token: string, query: string, variables: Record<string, unknown>) {
  const res = await request.post('/graphql', { data: { query, variables }, headers: { Authorization: `Bearer ${token}` } });
  expect(res.ok()).toBeTruthy();
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The access token the portal keeps for the signed-in user. */
async function accessToken(request: APIRequestContext, email: string, password: string): Promise<string> {
  const res = await request.post('/graphql', {
    data: { query: 'mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }', variables: { input: { email, password } } },
  });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data.logIn.accessToken as string;
}

/** Opens a verification case with a new test key of token's organization; sim_manual keeps the simulator away. */
async function openCase(request: APIRequestContext, token: string): Promise<string> {
  const key = await request.post('/v1/api-keys', { headers: { Authorization: `Bearer ${token}` }, data: { name: 'a11y test', environment: 'test' } });
  expect(key.status()).toBe(201);
  const created = await request.post('/v1/verifications', {
    headers: { Authorization: `Bearer ${(await key.json()).key}` },
    data: {
      supplier_name: 'Accessible Textiles', country_code: 'IN', tier: 'tier1', package: 'standard',
      contact_email: 'ops@a11y.example', client_reference: 'a11y sim_manual',
    },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).id as string;
}

/** Opens path, waits for its page heading, and checks the landmarks, the title and axe. */
async function checkPage(page: Page, path: string, title: RegExp) {
  await page.goto(path);
  // A first visit loads the page's chunk and data; on a busy machine that is slow.
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
  await expect(page, `the title of ${path}`).toHaveTitle(title);
  await expect(page.getByRole('main'), `one <main> on ${path}`).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, path);
}

test('every public page passes axe signed out', async ({ page }) => {
  test.setTimeout(180_000);
  const pages: [string, RegExp][] = [
    ['/login', /^Log in · /],
    ['/signup', /^Create account · /],
    ['/forgot-password', /^Reset your password · /],
    ['/reset-password?token=not-a-real-token', /^Choose a new password · /],
    ['/account/confirm-email?token=not-a-real-token', /^Confirm your email address · /],
    ['/invitations/accept?token=not-a-real-token', /^Join an organization · /],
    ['/docs', /^API reference · /],
    ['/no-such-page', /^Page not found · /],
  ];
  for (const [path, title] of pages) {
    await test.step(path, () => checkPage(page, path, title));
  }
});

test('every partner page passes axe, with its dialogs open', async ({ page, request }) => {
  test.setTimeout(180_000);
  const account = newAccount('a11y');
  await signUp(page, account);
  const token = await accessToken(request, account.email, account.password);
  const { createApplication } = await graphql(
    request,
    token,
    'mutation($input: ApplicationInput!) { createApplication(input: $input) { id } }',
    { input: { name: `Accessible shop ${Date.now().toString(36)}`, industry: 'PAYMENTS', expectedMonthlyVolume: 1000 } },
  );
  const { createWebhookEndpoint } = await graphql(
    request,
    token,
    'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
    // Loopback, which the browser tests' server accepts (KEYBS_WEBHOOK_ALLOW_PRIVATE): a public
    // name would have to resolve in DNS, and nothing is delivered while the page is checked.
    { input: { url: 'http://127.0.0.1:9/keybs', environment: 'TEST', description: 'a11y receiver' } },
  );
  const caseId = await openCase(request, token);

  const pages: [string, RegExp][] = [
    ['/', /^Dashboard · /],
    ['/onboarding', /^Onboarding · /],
    ['/applications', /^Applications · /],
    [`/applications/${createApplication.id}`, /^Application · /],
    ['/keys', /^API keys · /],
    ['/keys?env=live', /^API keys · /],
    ['/verifications', /^Verifications · /],
    [`/verifications/${caseId}`, /^Verification case · /],
    ['/webhooks', /^Webhooks · /],
    [`/webhooks/${createWebhookEndpoint.endpoint.id}`, /^Webhook endpoint · /],
    ['/usage', /^Usage · /],
    ['/audit-log', /^Audit log · /],
    ['/notifications', /^Notifications · /],
    ['/members', /^Members · /],
    ['/organizations/new', /^Create an organization · /],
    ['/account', /^Account settings · /],
    ['/account/security', /^Security · /],
  ];
  for (const [path, title] of pages) {
    await test.step(path, () => checkPage(page, path, title));
  }

  await test.step('the create-key dialog', async () => {
    await page.goto('/keys');
    await page.getByRole('button', { name: 'Create key' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await expect(dialog.getByLabel('Name')).toBeVisible();
    await expect(dialog.getByRole('button', { name: /close/i })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the create-key dialog');
  });
});

test('every operations page passes axe as staff', async ({ page, request }) => {
  test.setTimeout(180_000);
  const partner = newAccount('a11y-partner');
  const signedUp = await request.post('/graphql', {
    data: {
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      variables: {
        input: {
          email: partner.email, password: partner.password, name: partner.name,
          organizationName: partner.organization, industry: 'ECOMMERCE', acceptTerms: true,
        },
      },
    },
  });
  const caseId = await openCase(request, (await signedUp.json()).data.signUp.accessToken as string);

  const staff = createStaff();
  await page.goto('/login');
  await logIn(page, staff.email, staff.password);
  await expect(page).toHaveURL(/\/ops$/);
  const pages: [string, RegExp][] = [
    ['/ops', /^Case queue · /],
    ['/ops/kyc', /^KYC reviews · /],
    ['/ops/production', /^Production access · /],
    [`/ops/cases/${caseId}`, /^Case review · /],
    ['/account', /^Account settings · /],
    ['/account/security', /^Security · /],
  ];
  for (const [path, title] of pages) {
    await test.step(path, () => checkPage(page, path, title));
  }
});
