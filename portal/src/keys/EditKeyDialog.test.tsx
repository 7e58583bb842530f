import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiKeyFieldsFragment } from '../gql/graphql';
import { graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { editValues, toUpdateInput } from './EditKeyDialog';
import { apiKey, formOptions, keyList } from './fixtures';

const asKey = (o: Record<string, unknown> = {}) => apiKey(o) as unknown as ApiKeyFieldsFragment;

describe('EditKeyDialog', () => {
  it('sends only what changed, and clears the expiry when the date is emptied', () => {
    const key = asKey({ expiresAt: '2099-06-01T12:00:00Z' });
    expect(toUpdateInput(key, editValues(key))).toEqual({});
    expect(toUpdateInput(key, { ...editValues(key), name: 'Renamed ', scopes: ['verification:read'] })).toEqual({
      name: 'Renamed',
      scopes: ['verification:read'],
    });
    expect(toUpdateInput(key, { ...editValues(key), expiresOn: '' })).toEqual({ clearExpiry: true });
  });

  it('sends the currency type only when it changed', () => {
    const key = asKey({ currencyType: 'FIAT' });
    expect(editValues(key).currencyType).toBe('FIAT');
    expect(toUpdateInput(key, { ...editValues(key), currencyType: 'CRYPTO' })).toEqual({ currencyType: 'CRYPTO' });
  });

  it('edits a key from the table', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      ApiKeys: () => keyList([apiKey()]),
      KeyFormOptions: formOptions,
      UpdateApiKey: () => ({ data: { updateApiKey: apiKey({ name: 'Checkout v2' }) } }),
    });
    renderApp('/keys', { fetch: server.fetch, manager: signedInManager() });
    await user.click(await screen.findByRole('button', { name: 'Actions for Checkout server (kbs_test_abc…WXYZ)' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit “Checkout server”' });
    const name = within(dialog).getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'Checkout v2');
    await user.click(await within(dialog).findByRole('checkbox', { name: /verification:create/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(server.seen.find((r) => r.operationName === 'UpdateApiKey')?.variables).toEqual({
        id: 'key_1',
        input: { name: 'Checkout v2', scopes: ['verification:read'] },
      }),
    );
  });
});
