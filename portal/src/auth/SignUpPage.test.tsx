import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { TEST_USER, renderApp, tokens } from '../test/renderApp';
import { SESSION_MARKER_KEY } from './session';

const terms = () => ({
  data: {
    termsOfService: { __typename: 'TermsOfService', version: '2026-01', publishedAt: '2026-01-01T00:00:00Z', url: 'https://keybs.example/terms' },
  },
});

const viewer = () => ({
  data: {
    viewer: {
      __typename: 'User',
      ...TEST_USER,
      memberships: [
        {
          __typename: 'Membership',
          id: 'mem_1',
          role: 'OWNER',
          tenant: {
            __typename: 'Tenant',
            id: 'ten_1',
            name: 'Analytical Engines',
            slug: 'analytical-engines',
            industry: 'PAYMENTS',
            kycStatus: 'NOT_STARTED',
            termsVersion: '2026-01',
            termsAcceptedAt: '2026-01-02T10:00:00Z',
          },
        },
      ],
    },
  },
});

async function fillForm(user: ReturnType<typeof userEvent.setup>, password = 'a-long-enough-password') {
  await user.type(screen.getByLabelText(/Full name/), 'Ada Lovelace');
  await user.type(screen.getByLabelText(/Work email/), 'ada@example.com');
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.type(screen.getByLabelText(/Organization name/), 'Analytical Engines');
  await user.selectOptions(screen.getByLabelText(/Industry/), 'Payments');
  await user.click(await screen.findByLabelText('I accept the API Terms of Service (version 2026-01)'));
}

describe('SignUpPage', () => {
  it('shows the current terms version and lists every industry by name', async () => {
    const server = graphqlFetch({ TermsOfService: terms });
    renderApp('/signup', { fetch: server.fetch });
    expect(await screen.findByLabelText('I accept the API Terms of Service (version 2026-01)')).toBeEnabled();
    const options = Array.from((screen.getByLabelText(/Industry/) as HTMLSelectElement).options).map((o) => o.text);
    expect(options).toEqual(['Choose your industry', 'Fintech', 'Payments', 'E-commerce', 'iGaming', 'Other']);
  });

  it('checks required fields before sending anything', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({ TermsOfService: terms });
    renderApp('/signup', { fetch: server.fetch });
    await screen.findByLabelText(/version 2026-01/);

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByText('Enter your work email.')).toBeInTheDocument();
    expect(screen.getByText('Choose a password.')).toBeInTheDocument();
    expect(screen.getByText('You need to accept the API Terms of Service to continue.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Full name/)).toHaveFocus();
    expect(server.seen.map((r) => r.operationName)).toEqual(['TermsOfService']);
  });

  it('shows the server’s weak-password message under the password field', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      TermsOfService: terms,
      SignUp: () => gqlError('validation_error', 'password is too common', 'password'),
    });
    renderApp('/signup', { fetch: server.fetch });
    await fillForm(user, 'password123');

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const password = screen.getByLabelText(/^Password/);
    await waitFor(() => expect(password).toHaveAccessibleDescription(/Password is too common\./));
    expect(password).toHaveFocus();
  });

  it('tells the user when the email is already taken', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      TermsOfService: terms,
      SignUp: () => gqlError('conflict', 'email already registered', 'email'),
    });
    renderApp('/signup', { fetch: server.fetch });
    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Work email/)).toHaveAccessibleDescription(/already exists/),
    );
  });

  it('signs up, stores the session and opens the dashboard', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      TermsOfService: terms,
      SignUp: () => ({ data: { signUp: { __typename: 'AuthPayload', ...tokens(), user: { __typename: 'User', ...TEST_USER } } } }),
      DashboardViewer: viewer,
    });
    const { router } = renderApp('/signup', { fetch: server.fetch });
    await fillForm(user);

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: 'Analytical Engines' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getAllByText('Payments').length).toBeGreaterThan(0);
    expect(localStorage.getItem(SESSION_MARKER_KEY)).toContain('usr_1');
    const signUp = server.seen.find((r) => r.operationName === 'SignUp');
    expect(signUp?.variables).toEqual({
      input: {
        email: 'ada@example.com',
        password: 'a-long-enough-password',
        name: 'Ada Lovelace',
        organizationName: 'Analytical Engines',
        industry: 'PAYMENTS',
        acceptTerms: true,
      },
    });
    expect(server.seen.find((r) => r.operationName === 'DashboardViewer')?.authorization).toBe('Bearer access-1');
  });
});
