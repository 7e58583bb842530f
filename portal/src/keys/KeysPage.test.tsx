import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSubscriptions } from '../test/fakeSubscriptions';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { apiKey, formOptions, keyList } from './fixtures';

const SECRET = 'kbs_test_Zm9vYmFyYmF6cXV4c2VjcmV0a2V5MTIzNDU2Nzg5MA';

describe('KeysPage', () => {
  it('lists keys with kind, environment, prefix…last4, scopes, last use and rotation date', async () => {
    const server = graphqlFetch({ ApiKeys: () => keyList([apiKey()]) });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    const table = await screen.findByRole('table', { name: 'Test API keys' });
    const row = within(table).getByRole('row', { name: /Checkout server/ });
    expect(row).toHaveTextContent('Secret');
    expect(row).toHaveTextContent('Test');
    expect(row).toHaveTextContent('kbs_test_abc…WXYZ');
    expect(row).toHaveTextContent('2 scopes');
    expect(row).toHaveTextContent('from 203.0.113.7');
    expect(row).toHaveTextContent('Active');
    expect(server.seen.find((r) => r.operationName === 'ApiKeys')?.variables).toEqual({ environment: 'TEST', first: 100, after: null });
  });

  it('appends the next page of keys, and reloads every page shown when a key changes', async () => {
    const user = userEvent.setup();
    const subscriptions = fakeSubscriptions();
    // Short pages keep the test quick; the page size itself is checked above.
    const firstPage = [apiKey({ id: 'key_1', name: 'Key 1' }), apiKey({ id: 'key_2', name: 'Key 2' })];
    let renamed = 'Old batch key';
    const server = graphqlFetch({
      ApiKeys: ({ variables }) =>
        variables.after === 'after_key_2'
          ? keyList([apiKey({ id: 'key_3', name: renamed })], { totalCount: 3 })
          : keyList(firstPage, { hasNextPage: true, totalCount: 3 }),
    });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    const table = await screen.findByRole('table', { name: 'Test API keys' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('Showing 2 of 3 keys')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await within(table).findByRole('row', { name: /Old batch key/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    const pageRequests = () => server.seen.filter((r) => r.operationName === 'ApiKeys' && r.variables.after === 'after_key_2').length;
    expect(pageRequests()).toBe(1);

    // A change on the second page arrives live: both pages are fetched again.
    renamed = 'Renamed batch key';
    subscriptions.emit('ApiKeyChanged', { apiKeyChanged: { __typename: 'APIKeyChange', type: 'UPDATED', apiKeyId: 'key_3', apiKey: null } });
    expect(await within(table).findByRole('row', { name: /Renamed batch key/ })).toBeInTheDocument();
    expect(pageRequests()).toBe(2);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('says why the next page could not be loaded, next to the button', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      ApiKeys: ({ variables }) => (variables.after ? gqlError('validation_error', 'after is not a valid cursor', 'after') : keyList([apiKey()], { hasNextPage: true, totalCount: 2 })),
    });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The next page could not be loaded. After is not a valid cursor.');
    expect(screen.getByRole('button', { name: 'Show more' })).toBeEnabled();
  });

  it('switches to live keys with the toggle and says when there are none', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      ApiKeys: ({ variables }) => keyList(variables.environment === 'LIVE' ? [] : [apiKey()]),
    });
    const { router } = renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    await screen.findByRole('table', { name: 'Test API keys' });
    await user.click(screen.getByRole('radio', { name: 'Live data' }));
    expect(await screen.findByText('No live keys yet')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?env=live');
  });

  it('creates a key with the preset scopes, reveals the secret once and shows the first curl call', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      ApiKeys: () => keyList([]),
      KeyFormOptions: formOptions,
      CreateApiKey: ({ variables }) => ({
        data: {
          createApiKey: {
            __typename: 'ApiKeyWithSecret',
            secret: SECRET,
            apiKey: apiKey({ name: (variables.input as { name: string }).name, scopes: (variables.input as { scopes: string[] }).scopes }),
          },
        },
      }),
    });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Create a test key' }));

    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Checkout server');
    // Pre-filled from the application's preset; the user narrows it.
    const escrow = within(dialog).getByRole('checkbox', { name: /escrow:initiate/ });
    expect(escrow).toBeChecked();
    await user.click(escrow);
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));

    const reveal = await screen.findByRole('dialog', { name: 'Your new API key' });
    expect(within(reveal).getByLabelText('Your new API key')).toHaveTextContent(SECRET);
    expect(within(reveal).getByText(/only time it is shown/)).toBeInTheDocument();
    expect(within(reveal).getByRole('button', { name: 'Copy API key' })).toBeInTheDocument();
    expect(within(reveal).getByRole('figure', { name: 'First API call (curl)' })).toHaveTextContent(
      `curl http://localhost:3000/v1/verifications \\ -H "Authorization: Bearer ${SECRET}"`,
    );

    const create = server.seen.find((r) => r.operationName === 'CreateApiKey');
    expect(create?.variables.input).toMatchObject({
      name: 'Checkout server',
      kind: 'SECRET',
      environment: 'TEST',
      applicationId: 'app_1',
      scopes: ['verification:create', 'verification:read', 'report:read'],
      expiresAt: null,
    });

    await user.click(within(reveal).getByRole('button', { name: 'I have saved my key' }));
    await waitFor(() => expect(screen.queryByText(SECRET)).not.toBeInTheDocument());
  });

  it('offers only SDK-safe scopes and asks for origins for a publishable key', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({ ApiKeys: () => keyList([]), KeyFormOptions: formOptions });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Create key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Storefront');
    await user.click(within(dialog).getByRole('radio', { name: /Publishable/ }));

    expect(within(dialog).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['report:read']);
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    expect(await within(dialog).findByText(/List the origins/)).toBeInTheDocument();
    expect(server.seen.some((r) => r.operationName === 'CreateApiKey')).toBe(false);
  });

  it('disables Live before KYC is verified, naming the step, and names the plan', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({ ApiKeys: () => keyList([]), KeyFormOptions: formOptions });
    renderApp('/keys?env=live', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Create key' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    expect(await within(dialog).findByText(/Live is unavailable: Live keys need your organization’s KYC\/AML verification \(step 2 on the Onboarding page\)/)).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Live' })).toBeDisabled();
    expect(within(dialog).getByRole('radio', { name: 'Test' })).toBeChecked();
    expect(within(dialog).getByTestId('key-plan')).toHaveTextContent('Your organization is on the Starter plan');
  });

  it('shows the server’s reason when a key is refused, next to the button', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      ApiKeys: () => keyList([]),
      KeyFormOptions: formOptions,
      CreateApiKey: () => gqlError('forbidden', 'accept the API terms of service (version 2026-01) before creating keys'),
    });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Create key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Production');
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Accept the API terms of service (version 2026-01) before creating keys.');
    // Right above the button that was refused, where the eye is.
    expect(alert.nextElementSibling).toContainElement(within(dialog).getByRole('button', { name: 'Create key' }));
  });

  it('puts a server validation error under its field', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      ApiKeys: () => keyList([]),
      KeyFormOptions: formOptions,
      CreateApiKey: () => gqlError('validation_error', '"bad" in ipAllowlist is not an IP address or CIDR', 'ipAllowlist'),
    });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Create key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Server');
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    await waitFor(() => expect(within(dialog).getByText(/is not an IP address or CIDR/)).toBeInTheDocument());
  });

  it('reloads the list when a key changes elsewhere', async () => {
    const subscriptions = fakeSubscriptions();
    let keys = [apiKey()];
    const server = graphqlFetch({ ApiKeys: () => keyList(keys) });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager(), subscriptions });
    await screen.findByRole('row', { name: /Checkout server/ });
    await waitFor(() => expect(subscriptions.active.map((a) => a.operationName)).toContain('ApiKeyChanged'));

    keys = [apiKey({ state: 'REVOKED', revokedAt: '2026-01-03T00:00:00Z' })];
    subscriptions.emit('ApiKeyChanged', {
      apiKeyChanged: { __typename: 'APIKeyChange', type: 'REVOKED', apiKeyId: 'key_1', apiKey: keys[0] },
    });

    expect(await screen.findByText('Revoked')).toBeInTheDocument();
  });

  it('rolls a key with the chosen grace period and reveals the successor', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      ApiKeys: () => keyList([apiKey()]),
      RotateApiKey: () => ({
        data: { rotateApiKey: { __typename: 'ApiKeyWithSecret', secret: SECRET, apiKey: apiKey({ id: 'key_2' }) } },
      }),
    });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Actions for Checkout server (kbs_test_abc…WXYZ)' }, { timeout: 10_000 }));
    await user.click(await screen.findByRole('menuitem', { name: 'Roll key…' }));
    const dialog = await screen.findByRole('dialog', { name: /Roll/ });
    await user.selectOptions(within(dialog).getByLabelText('The old key'), 'Keep it working for 24 hours');
    await user.type(within(dialog).getByLabelText('Email about the roll'), 'security@acme.example{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Roll key' }));
    expect(await screen.findByLabelText('Your new API key', {}, { timeout: 10_000 })).toHaveTextContent(SECRET);
    expect(server.seen.find((r) => r.operationName === 'RotateApiKey')?.variables).toEqual({
      id: 'key_1',
      gracePeriodSeconds: 86400,
      notifyEmails: ['security@acme.example'],
    });
  });

  it('revokes only after confirmation', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      ApiKeys: () => keyList([apiKey()]),
      RevokeApiKey: () => ({ data: { revokeApiKey: apiKey({ state: 'REVOKED' }) } }),
    });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Actions for Checkout server (kbs_test_abc…WXYZ)' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Revoke…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke “Checkout server”?' });
    await user.type(within(dialog).getByLabelText(/Reason/), 'Leaked');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    await waitFor(() =>
      expect(server.seen.find((r) => r.operationName === 'RevokeApiKey')?.variables).toEqual({ id: 'key_1', reason: 'Leaked' }),
    );
  });

  it('offers a retry when the keys cannot be loaded', async () => {
    const server = graphqlFetch({ ApiKeys: () => gqlError('server_error', 'boom') });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your API keys could not be loaded');
  });
});
