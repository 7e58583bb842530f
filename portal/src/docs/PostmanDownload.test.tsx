import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../app/theme';
import { PostmanDownload, withKey } from './PostmanDownload';

const serverEnvironment = {
  id: 'keybs-test',
  name: 'KeyBS test',
  values: [
    { key: 'baseUrl', value: 'http://127.0.0.1:8080', type: 'default', enabled: true },
    { key: 'apiKey', value: '', type: 'secret', enabled: true },
  ],
  _postman_variable_scope: 'environment',
};

afterEach(() => vi.unstubAllGlobals());

describe('withKey', () => {
  it('fills apiKey and keeps everything else the server sent', () => {
    const filled = withKey(serverEnvironment, 'kbs_test_abc');
    expect(filled.values).toEqual([
      serverEnvironment.values[0],
      { key: 'apiKey', value: 'kbs_test_abc', type: 'secret', enabled: true },
    ]);
    expect(filled.name).toBe('KeyBS test');
    expect(serverEnvironment.values[1]?.value).toBe('');
  });
});

describe('PostmanDownload', () => {
  it('links the collection and saves an environment holding the key without sending the key to the server', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(serverEnvironment), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', { ...URL, createObjectURL: (b: Blob) => (blobs.push(b), 'blob:env'), revokeObjectURL: () => {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    render(
      <MantineProvider theme={theme}>
        <PostmanDownload secret="kbs_test_secret123" environment="TEST" />
      </MantineProvider>,
    );
    expect(screen.getByRole('link', { name: 'Download Postman collection' })).toHaveAttribute('href', '/v1/postman/collection.json');
    await userEvent.click(screen.getByRole('button', { name: 'Download environment with this key' }));

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/v1/postman/environment.json?environment=test');
    expect(JSON.stringify(init ?? {})).not.toContain('kbs_test_secret123');
    expect(click).toHaveBeenCalled();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0] as Blob);
    });
    const saved = JSON.parse(text);
    expect(saved.values.find((v: { key: string }) => v.key === 'apiKey').value).toBe('kbs_test_secret123');
    expect(await screen.findByRole('status')).toHaveTextContent('keybs-test.postman_environment.json');
  });

  it('says what went wrong and offers the environment without the key when the server refuses', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 429 })));
    render(
      <MantineProvider theme={theme}>
        <PostmanDownload secret="kbs_live_x" environment="LIVE" />
      </MantineProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download environment with this key' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the server answered 429');
    expect(screen.getByRole('link', { name: 'Environment without the key' })).toHaveAttribute('href', '/v1/postman/environment.json?environment=live');
  });
});
