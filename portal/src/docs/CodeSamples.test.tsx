import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../app/theme';
import ApiReference from './ApiReference';
import { CodeSamples, KEY_PLACEHOLDER, buildCurl } from './CodeSamples';
import { createdTestKey, forgetCreatedKey, rememberCreatedKey } from './sessionKey';

function renderIn(ui: React.ReactNode) {
  return render(
    <MantineProvider theme={theme}>
      <MemoryRouter>{ui}</MemoryRouter>
    </MantineProvider>,
  );
}

const samples = [
  { lang: 'Python', label: 'Python (requests)', source: 'import os\nprint(os.environ["KEYBS_API_KEY"])' },
  { lang: 'JavaScript', label: 'Node 20 (fetch)', source: 'console.log(process.env.KEYBS_API_KEY)' },
  { lang: 'Cobol', source: 'DISPLAY "no"' },
];

afterEach(() => {
  forgetCreatedKey();
  vi.unstubAllGlobals();
});

describe('CodeSamples', () => {
  it('shows the languages the operation has, in order, and builds curl when there is no Shell sample', async () => {
    renderIn(<CodeSamples method="post" path="/v1/verifications" samples={samples} body={{ supplier_name: "O'Neil" }} baseUrl="https://api.example" />);
    const tabs = screen.getByRole('tablist', { name: 'Code samples for POST /v1/verifications' });
    expect(within(tabs).getAllByRole('tab').map((t) => t.textContent)).toEqual(['JavaScript', 'Python', 'curl']);
    await userEvent.click(within(tabs).getByRole('tab', { name: 'curl' }));
    const curl = screen.getByRole('figure', { name: 'curl sample for POST /v1/verifications' });
    expect(curl).toHaveTextContent('curl -X POST "$KEYBS_BASE_URL/v1/verifications"');
    expect(curl).toHaveTextContent(`'{"supplier_name":"O'\\''Neil"}'`);
  });

  it('fills in a placeholder and links to create a key when this tab created none', () => {
    renderIn(<CodeSamples method="get" path="/v1/reports" baseUrl="https://api.example" />);
    const env = screen.getByRole('figure', { name: 'Environment for GET /v1/reports' });
    expect(env).toHaveTextContent('export KEYBS_BASE_URL=https://api.example');
    expect(env).toHaveTextContent(`export KEYBS_API_KEY=${KEY_PLACEHOLDER}`);
    expect(screen.getByRole('link', { name: 'create a test key' })).toHaveAttribute('href', '/keys');
  });

  it('fills in the test key created in this tab, and never a live one', () => {
    rememberCreatedKey('kbs_live_secret');
    expect(createdTestKey()).toBeNull();
    rememberCreatedKey('kbs_test_4eC39HqLyjWDarjtT1zdp7dc');
    renderIn(<CodeSamples method="get" path="/v1/reports" baseUrl="https://api.example" />);
    expect(screen.getByRole('figure', { name: 'Environment for GET /v1/reports' })).toHaveTextContent('KEYBS_API_KEY=kbs_test_4eC39HqLyjWDarjtT1zdp7dc');
    expect(screen.queryByRole('link', { name: 'create a test key' })).toBeNull();
  });

  it('asks for a portal access token, not the API key, for operations that manage the account', () => {
    rememberCreatedKey('kbs_test_4eC39HqLyjWDarjtT1zdp7dc');
    const session = [{ lang: 'Shell', label: 'curl', source: 'curl -H "Authorization: Bearer $KEYBS_PORTAL_TOKEN" "$KEYBS_BASE_URL/v1/api-keys"' }];
    renderIn(<CodeSamples method="get" path="/v1/api-keys" samples={session} baseUrl="https://api.example" />);
    const env = screen.getByRole('figure', { name: 'Environment for GET /v1/api-keys' });
    expect(env).toHaveTextContent('export KEYBS_PORTAL_TOKEN=');
    expect(env).not.toHaveTextContent('KEYBS_API_KEY');
    expect(env).not.toHaveTextContent('kbs_test_4eC39HqLyjWDarjtT1zdp7dc');
    expect(screen.getByText(/takes a portal access token/)).toBeInTheDocument();
  });

  it('builds curl without a body for a GET', () => {
    expect(buildCurl('get', '/v1/reports')).toBe('curl -X GET "$KEYBS_BASE_URL/v1/reports" \\\n  -H "Authorization: Bearer $KEYBS_API_KEY"');
  });
});

describe('ApiReference', () => {
  const doc = {
    servers: [{ url: 'https://keybs.example' }],
    paths: {
      '/v1/reports': {
        get: { operationId: 'listReports', summary: 'List reports', tags: ['Reports'], security: [{ apiKey: ['report:read'] }], responses: {} },
      },
    },
  };

  it('lists the operations by tag and opens one with its scope and samples', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(doc), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    renderIn(<ApiReference url="/v1/openapi.json" />);
    const region = await screen.findByRole('region', { name: 'Reports' });
    await userEvent.click(within(region).getByRole('button', { name: /GET\s*\/v1\/reports\s*List reports/ }));
    expect(await within(region).findByText('report:read')).toBeInTheDocument();
    // The panel's content is hidden from the accessibility tree until the accordion has opened.
    expect(await within(region).findByRole('figure', { name: 'Environment for GET /v1/reports' }, { timeout: 5000 })).toHaveTextContent(
      'KEYBS_BASE_URL=https://keybs.example',
    );
    expect(fetchMock).toHaveBeenCalledWith('/v1/openapi.json');
  });

  it('says so when the document cannot be loaded', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 503 })));
    renderIn(<ApiReference url="/v1/openapi.json" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('/v1/openapi.json answered 503');
  });
});
