import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { TEST_USER, renderApp, tokens } from '../test/renderApp';

async function logIn(password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^Email/), 'ada@example.com');
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('LogInPage', () => {
  it('says the credentials are wrong without revealing which one', async () => {
    const server = graphqlFetch({ LogIn: () => gqlError('unauthorized', 'invalid credentials') });
    renderApp('/login', { fetch: server.fetch });
    await logIn('not-my-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect email or password.');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('not-my-password');
  });

  it('explains throttling', async () => {
    const server = graphqlFetch({ LogIn: () => gqlError('rate_limited', 'rate limited') });
    renderApp('/login', { fetch: server.fetch });
    await logIn('whatever-password');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Too many log-in attempts/);
  });

  it('opens the dashboard after a successful log-in', async () => {
    const server = graphqlFetch({
      LogIn: () => ({ data: { logIn: { __typename: 'AuthPayload', ...tokens(), user: { __typename: 'User', ...TEST_USER } } } }),
      DashboardViewer: () => ({ data: { viewer: { __typename: 'User', ...TEST_USER, memberships: [] } } }),
    });
    const { router } = renderApp('/login', { fetch: server.fetch });
    await logIn('the-right-password');
    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('asks for the authenticator code when the account has a second factor, then logs in', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      LogIn: ({ variables }) => {
        const input = variables.input as { mfaCode?: string };
        if (!input.mfaCode) return gqlError('validation_error', 'enter the 6-digit code from your authenticator app', 'mfaCode');
        if (input.mfaCode !== '123456') return gqlError('validation_error', 'that code is wrong or has already been used', 'mfaCode');
        return { data: { logIn: { __typename: 'AuthPayload', ...tokens(), user: { __typename: 'User', ...TEST_USER } } } };
      },
      DashboardViewer: () => ({ data: { viewer: { __typename: 'User', ...TEST_USER, memberships: [] } } }),
    });
    renderApp('/login', { fetch: server.fetch });
    await logIn('the-right-password');
    const code = await screen.findByLabelText(/^Authentication code/);
    await waitFor(() => expect(code).toHaveFocus());
    expect(screen.queryByRole('alert')).toBeNull();

    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That code is wrong/));

    await user.clear(code);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeInTheDocument();
  }, 15_000);

  it('links to password reset, which answers the same for any address', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({ RequestPasswordReset: () => ({ data: { requestPasswordReset: true } }) });
    renderApp('/login', { fetch: server.fetch });
    await user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    await user.type(await screen.findByLabelText(/^Email/), 'whoever@example.com');
    await user.click(screen.getByRole('button', { name: 'Email me a reset link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('If an account exists for whoever@example.com');
    expect(document.title).toBe('Reset your password · KeyBS Developers');
  });
});
