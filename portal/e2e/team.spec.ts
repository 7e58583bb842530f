import { expect, test } from '@playwright/test';
import { emailedLink, newAccount, signUp } from './helpers';

// A team in one organization: the owner invites a developer by email, the
// developer accepts in a browser of their own, both see each other, and when
// the owner demotes the developer to viewer, the viewer's portal drops its
// create-key button without a reload.

test.describe('teams', () => {
  test('invite, accept in a second browser, see each other, demote live', async ({ page, browser }) => {
    const owner = newAccount('owner');
    await signUp(page, owner);

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Members' }).click();
    await expect(page).toHaveTitle(/Members/);
    const developerEmail = newAccount('dev').email;
    const invite = page.getByRole('form', { name: 'Invite a teammate' });
    await invite.getByLabel(/^Email/).fill(developerEmail);
    await invite.getByLabel(/^Role/).selectOption({ label: 'Developer' });
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(invite.getByRole('status')).toContainText(`We emailed an invitation to ${developerEmail}`);
    await expect(page.getByRole('table', { name: 'Pending invitations' })).toContainText(developerEmail);

    // --- The developer, in a browser of their own, opens the emailed link.
    const link = await emailedLink(developerEmail, '/invitations/accept');
    const devContext = await browser.newContext();
    const dev = await devContext.newPage();
    await dev.goto(link);
    await expect(dev.getByRole('heading', { name: `Join ${owner.organization}` })).toBeVisible();
    const join = dev.getByRole('form', { name: 'Create your account' });
    await join.getByLabel('Full name').fill('Charles Babbage');
    await join.getByLabel(/^Password/).fill(`Difference-engine-${Date.now().toString(36)}`);
    await join.getByRole('button', { name: 'Create account and join' }).click();

    const devMembers = dev.getByRole('table', { name: 'Members' });
    await expect(devMembers).toContainText(owner.email);
    await expect(devMembers).toContainText(developerEmail);
    // No refresh token is ever readable by the page's script.
    expect(await dev.evaluate(() => document.cookie)).not.toContain('keybs_refresh');
    expect(await dev.evaluate(() => JSON.stringify({ ...localStorage }))).not.toMatch(/kbs_rt_/);
    const cookies = await devContext.cookies();
    const refresh = cookies.find((c) => c.name === 'keybs_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth/session' });

    // The developer can create keys.
    await dev.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
    await expect(dev.getByRole('heading', { name: 'API keys' })).toBeVisible();
    await expect(dev.getByRole('button', { name: 'Create key' })).toBeVisible();

    // --- The owner sees the developer and demotes them to viewer.
    await page.reload();
    const members = page.getByRole('table', { name: 'Members' });
    await expect(members).toContainText(developerEmail);
    await expect(page.getByRole('table', { name: 'Pending invitations' })).toHaveCount(0);
    await members.getByLabel('Role of Charles Babbage').selectOption({ label: 'Viewer' });

    // --- The viewer's page follows without a reload.
    await expect(dev.getByRole('button', { name: 'Create key' })).toHaveCount(0, { timeout: 15_000 });
    await expect(dev.getByRole('heading', { name: 'API keys' })).toBeVisible();

    await devContext.close();
  });

  test('a session survives a reload from its cookie and signs out from the Security page', async ({ page }) => {
    const account = newAccount('security');
    await signUp(page, account);
    await page.reload();
    await expect(page.getByRole('region', { name: account.organization })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Security' }).click();
    const sessions = page.getByRole('table', { name: 'Active sessions' });
    await expect(sessions.getByRole('row', { name: /This browser/ })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
  });
});
