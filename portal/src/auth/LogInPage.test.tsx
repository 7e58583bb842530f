import { screen } from '@testing-library/react';
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
});
