import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { newAccount } from './helpers';

// A partner pastes seed 002's badge snippet into their own page, on their
// own origin (here a second loopback port), and sees the report's state;
// once the report is revoked, a reload shows Revoked.

async function signUpForToken(request: APIRequestContext): Promise<string> {
  const account = newAccount('badge');
  const res = await request.post('/graphql', {
    data: {
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      variables: {
        input: {
          email: account.email, password: account.password, name: account.name,
          organizationName: account.organization, industry: 'ECOMMERCE', acceptTerms: true,
        },
      },
    },
  });
  expect(res.ok()).toBeTruthy();
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data.signUp.accessToken as string;
}

/** Serves the partner's page, with the snippet for verificationId, from another origin. */
async function startPartnerSite(keybs: string, verificationId: string): Promise<{ url: string; close: () => Promise<void> }> {
  const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Acme Trading — our verification</title></head>
<body>
<h1>Acme Trading Co.</h1>
<p>We are verified by KeyBS:</p>
<script async src="${keybs}/badge/${verificationId}/embed.js"></script>
<div id="keybs-badge"></div>
<p id="after">Thanks for shopping with us.</p>
</body>
</html>`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': 'partner_session=abc; Path=/' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test('a partner page on another origin shows the live badge, and Revoked after a revocation', async ({ page, request, baseURL, context }) => {
  const keybs = baseURL!;
  const token = await signUpForToken(request);
  // A test key: the test helper walks a case through approval and signing,
  // which a portal user may not do both of (four eyes); a key is no person.
  const key = await request.post('/v1/api-keys', {
    headers: { Authorization: `Bearer ${token}` },
    data: { name: 'badge test', environment: 'test' },
  });
  expect(key.status()).toBe(201);
  const auth = { Authorization: `Bearer ${(await key.json()).key}` };

  // A sandbox case, walked to a published report with the test helper
  // (sim_manual keeps the simulator away from it).
  const created = await request.post('/v1/verifications', {
    headers: auth,
    data: {
      supplier_name: 'Acme Trading Co.', country_code: 'IN', tier: 'tier2', package: 'standard',
      contact_email: 'ops@acme.example', client_reference: 'sim_manual',
    },
  });
  expect(created.status()).toBe(201);
  const { id, verification_id: verificationId } = await created.json();
  const advance = (to: string) => request.post(`/v1/test_helpers/verifications/${id}/advance`, { headers: auth, data: { to } });
  expect((await advance('published')).status()).toBe(200);

  const partner = await startPartnerSite(keybs, verificationId);
  try {
    expect(new URL(partner.url).origin).not.toBe(new URL(keybs).origin);
    await page.goto(partner.url);

    const frame = page.locator('#keybs-badge iframe');
    await expect(frame).toHaveAttribute('src', `${keybs}/badge/${verificationId}`);
    await expect(frame).toHaveAttribute('title', 'KeyBS verification badge');
    const badge = page.frameLocator('#keybs-badge iframe');
    await expect(badge.locator('[data-state]')).toHaveAttribute('data-state', 'active');
    await expect(badge.getByText('Active', { exact: true })).toBeVisible();
    await expect(badge.getByText('Acme Trading Co.')).toBeVisible();
    await expect(badge.getByText('SANDBOX — not a real verification')).toBeVisible();
    await expect(badge.getByRole('link', { name: /View report/ })).toHaveAttribute('href', `${keybs}/r/${verificationId}`);
    // The partner's own page is untouched around it.
    await expect(page.getByText('Thanks for shopping with us.')).toBeVisible();

    expect((await advance('revoked')).status()).toBe(200);
    await page.reload();
    await expect(badge.locator('[data-state]')).toHaveAttribute('data-state', 'revoked');
    await expect(badge.getByText('Revoked', { exact: true })).toBeVisible();
    await expect(badge.getByText('Do not rely on it')).toBeVisible();

    // KeyBS set no cookie: the only one in the browser is the partner's own.
    const cookies = await context.cookies();
    expect(cookies.map((c) => `${c.name}@${c.domain}`)).toEqual(['partner_session@127.0.0.1']);
    expect(await context.cookies(keybs)).toHaveLength(1); // cookies ignore ports: the partner's, on the same host

    // The verify page the badge links to shows the same state, without JavaScript.
    const verify = await context.browser()!.newContext({ javaScriptEnabled: false });
    try {
      const p = await verify.newPage();
      await p.goto(`${keybs}/r/${verificationId}`);
      await expect(p.getByRole('heading', { name: 'Revoked' })).toBeVisible();
      await expect(p.getByText('SANDBOX — not a real verification').first()).toBeVisible();
    } finally {
      await verify.close();
    }
  } finally {
    await partner.close();
  }
});
