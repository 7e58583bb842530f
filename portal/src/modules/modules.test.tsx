import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetCreatedKey, rememberCreatedKey } from '../docs/sessionKey';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { renderApp, signedInManager } from '../test/renderApp';
import { magicValuesOf, operationsByModule, type ApiDocument } from './openapi';

const modules = [
  { __typename: 'ModuleInfo', id: 'KYC', name: 'KYC verification', description: 'Identity checks.', scopes: ['kyc:verify', 'kyc:agecheck', 'user:verify'] },
  { __typename: 'ModuleInfo', id: 'ESCROW', name: 'Escrow', description: 'Money held until the deal is done.', scopes: ['escrow:initiate', 'escrow:funds'] },
  { __typename: 'ModuleInfo', id: 'PRIMITIVES', name: 'Primitives', description: 'Building blocks.', scopes: ['invoke:primitives'] },
];

const doc: ApiDocument = {
  servers: [{ url: 'https://keybs.example' }],
  paths: {
    '/v1/kyc/verify': {
      post: {
        operationId: 'verifyKyc',
        summary: 'Verify a person',
        security: [{ apiKey: ['kyc:verify'] }],
        description: 'Checks a person.\n\n**Sandbox magic values** (test keys only): the last name `Rejected` rejects.',
        requestBody: { content: { 'application/json': { example: { first_name: 'Ada', last_name: 'Pending' } } } },
        'x-codeSamples': [{ lang: 'Python', label: 'Python (requests)', source: 'import requests' }],
      },
    },
    '/v1/user/verify': {
      post: {
        operationId: 'verifyUser',
        summary: 'Verify a buyer or seller',
        security: [{ apiKey: ['user:verify'] }],
        'x-keybs-magic-values': [{ field: 'name', value: 'Rejected', outcome: 'status rejected' }],
      },
    },
    '/v1/escrow/initiate': {
      post: { operationId: 'initiateEscrow', summary: 'Open an escrow', security: [{ apiKey: ['escrow:initiate'] }], description: '**Sandbox:** no magic values.' },
    },
    '/v1/primitives/{primitiveId}': {
      post: { operationId: 'invokePrimitive', summary: 'Invoke a primitive', security: [{ apiKey: ['invoke:primitives.screening.individual'] }] },
    },
    '/v1/trust/new': { get: { operationId: 'newThing', summary: 'A new module operation', 'x-keybs-module': 'escrow' } },
    '/v1/reports': { get: { operationId: 'listReports', summary: 'List reports', security: [{ apiKey: ['report:read'] }] } },
  },
  'x-keybs-quickstart': { fintech: ['verifyKyc', 'verifyUser', 'initiateEscrow'] },
};

const modulesPage = (requiredModules: string[] = ['KYC']) => ({
  data: {
    applications: {
      __typename: 'ApplicationConnection',
      edges: [{ __typename: 'ApplicationEdge', node: { __typename: 'Application', id: 'app_1', name: 'Checkout', industry: 'FINTECH', requiredModules, isDefault: true } }],
    },
    modules,
    industries: [{ __typename: 'IndustryProfile', id: 'FINTECH', name: 'Fintech', presetModules: ['KYC'], liveRateLimitPerMinute: 1000 }],
  },
});

/** Stubs the browser's fetch for the REST side: the OpenAPI document, starter files and try-it calls. */
function stubRest(answers: Record<string, () => Response> = {}) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    if (url === '/v1/openapi.json') return new Response(JSON.stringify(doc), { status: 200 });
    for (const [prefix, answer] of Object.entries(answers)) if (url.startsWith(prefix)) return answer();
    return new Response('not stubbed', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

afterEach(() => {
  forgetCreatedKey();
  vi.unstubAllGlobals();
});

describe('operationsByModule', () => {
  it('puts each operation under the module whose scopes cover its scope, or the one it names', () => {
    const groups = operationsByModule(doc, modules);
    expect(groups.get('KYC')!.map((o) => o.operationId)).toEqual(['verifyKyc', 'verifyUser']);
    expect(groups.get('ESCROW')!.map((o) => o.operationId)).toEqual(['initiateEscrow', 'newThing']);
    expect(groups.get('PRIMITIVES')!.map((o) => o.operationId)).toEqual(['invokePrimitive']);
    expect([...groups.values()].flat().some((o) => o.operationId === 'listReports')).toBe(false);
  });
});

describe('magicValuesOf', () => {
  it('prefers x-keybs-magic-values, then the description, and reads "no magic values" as none', () => {
    const ops = operationsByModule(doc, modules);
    const [kyc, user] = ops.get('KYC')!;
    expect(magicValuesOf(user!).values).toEqual([{ field: 'name', value: 'Rejected', outcome: 'status rejected' }]);
    expect(magicValuesOf(kyc!)).toEqual({ values: [], text: 'Sandbox magic values (test keys only): the last name `Rejected` rejects.' });
    expect(magicValuesOf(ops.get('ESCROW')![0]!).text).toBeNull();
  });
});

describe('ModulesPage', () => {
  it('shows the enabled modules first, those the application could enable, and each module’s endpoints', async () => {
    stubRest();
    const server = graphqlFetch({ ModulesPage: () => modulesPage() });
    renderApp('/modules', { fetch: server.fetch, manager: signedInManager() });
    const cards = await screen.findAllByTestId('module-card');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['KYC verification', 'Escrow', 'Primitives']);
    expect(cards[0]!).toHaveTextContent(/Enabled.*Industry preset/);
    expect(cards[1]!).toHaveTextContent('Not enabled');
    expect(within(cards[1]!).getByRole('link', { name: 'Enable Escrow on the application' })).toHaveAttribute('href', '/applications/app_1');
    expect(within(cards[1]!).getByRole('button', { name: /POST\s*\/v1\/escrow\/initiate/ })).toBeInTheDocument();
    expect(within(cards[1]!).getByRole('button', { name: /GET\s*\/v1\/trust\/new/ })).toBeInTheDocument();
    expect(screen.getByText(/Checkout is a Fintech application: 1 of 3 modules enabled/)).toBeInTheDocument();
  });

  it('sends a try-it request with the test key created in this tab and shows the response', async () => {
    const user = userEvent.setup();
    rememberCreatedKey('kbs_test_abc123');
    const calls = stubRest({ 'https://keybs.example/v1/user/verify': () => new Response('{"id":"usv_1","status":"rejected"}', { status: 201, statusText: 'Created' }) });
    const server = graphqlFetch({ ModulesPage: () => modulesPage() });
    renderApp('/modules', { fetch: server.fetch, manager: signedInManager() });
    const card = (await screen.findAllByTestId('module-card'))[0]!;
    await user.click(within(card).getByRole('button', { name: /POST\s*\/v1\/user\/verify/ }));
    const table = await within(card).findByRole('table', { name: 'Magic values of POST /v1/user/verify' }, { timeout: 5000 });
    expect(table).toHaveTextContent(/nameRejectedstatus rejected/);
    const form = within(card).getByRole('form', { name: 'Try POST /v1/user/verify' });
    expect(within(form).getByRole('textbox', { name: 'Test key' })).toHaveValue('kbs_test_abc123');
    await user.click(within(form).getByRole('button', { name: 'Send test request' }));
    expect(await within(form).findByTestId('try-it-status')).toHaveTextContent('201 Created');
    expect(within(form).getByLabelText('Response of POST /v1/user/verify')).toHaveTextContent('"status": "rejected"');
    const sent = calls.find((c) => c.url === 'https://keybs.example/v1/user/verify')!;
    expect(new Headers(sent.init?.headers).get('Authorization')).toBe('Bearer kbs_test_abc123');
  });

  it('explains how to get a test key, pre-fills the sample body and never sends a live key', async () => {
    const user = userEvent.setup();
    const calls = stubRest();
    const server = graphqlFetch({ ModulesPage: () => modulesPage() });
    renderApp('/modules', { fetch: server.fetch, manager: signedInManager() });
    const card = (await screen.findAllByTestId('module-card'))[0]!;
    await user.click(within(card).getByRole('button', { name: /POST\s*\/v1\/kyc\/verify/ }));
    const form = await within(card).findByRole('form', { name: 'Try POST /v1/kyc/verify' }, { timeout: 5000 });
    expect(within(form).getByText('No test key in this tab')).toBeInTheDocument();
    expect(within(form).getByRole('link', { name: 'Create a test key' })).toHaveAttribute('href', '/keys');
    expect(within(form).getByRole('textbox', { name: 'Request body' })).toHaveValue(JSON.stringify({ first_name: 'Ada', last_name: 'Pending' }, null, 2));
    expect(within(card).getByTestId('magic-values-text')).toHaveTextContent('the last name `Rejected` rejects');
    await user.type(within(form).getByRole('textbox', { name: 'Test key' }), 'kbs_live_secret');
    await user.click(within(form).getByRole('button', { name: 'Send test request' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Only test keys');
    expect(calls.some((c) => c.url.includes('/v1/kyc/verify'))).toBe(false);
  });
});

describe('QuickstartPage', () => {
  it('shows the industry’s three calls in order and its starter configuration', async () => {
    const user = userEvent.setup();
    const calls = stubRest({
      '/v1/starter/fintech/python': () => new Response('CONFIG = {"industry": "fintech"}', { status: 200 }),
      '/v1/starter/fintech': () => new Response('KEYBS_LIVE_RATE_LIMIT_PER_MINUTE=1000\n', { status: 200 }),
    });
    const server = graphqlFetch({ ModulesPage: () => modulesPage() });
    renderApp('/quickstart/fintech', { fetch: server.fetch, manager: signedInManager() });
    const steps = await screen.findAllByTestId('quickstart-call');
    expect(steps.map((s) => within(s).getByRole('heading').textContent)).toEqual(['1. Verify a person', '2. Verify a buyer or seller', '3. Open an escrow']);
    expect(within(steps[0]!).getByRole('tablist', { name: 'Code samples for POST /v1/kyc/verify' })).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: 'Starter .env for fintech' })).toHaveTextContent('KEYBS_LIVE_RATE_LIMIT_PER_MINUTE=1000');
    expect(screen.getByRole('link', { name: 'Download keybs-fintech.env' })).toHaveAttribute('href', '/v1/starter/fintech');
    const starter = screen.getByRole('region', { name: 'Starter configuration' });
    await user.click(within(starter).getByRole('tab', { name: 'Python' }));
    expect(await screen.findByRole('figure', { name: 'Python starter client for fintech' })).toHaveTextContent('CONFIG = {"industry": "fintech"}');
    expect(screen.getByRole('link', { name: 'Download client.py' })).toHaveAttribute('href', '/v1/starter/fintech/python');
    expect(calls.map((c) => c.url)).toContain('/v1/starter/fintech/python');
  });

  it('sends /quickstart to the default application’s industry', async () => {
    stubRest();
    const server = graphqlFetch({ ModulesPage: () => modulesPage() });
    const { router } = renderApp('/quickstart', { fetch: server.fetch, manager: signedInManager() });
    await waitFor(() => expect(router.state.location.pathname).toBe('/quickstart/fintech'));
  });
});

const escrow = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Escrow',
  id: 'esc_1',
  environment: 'TEST',
  status: 'DISPUTED',
  amount: 2050,
  currency: 'EUR',
  buyerId: 'buyer-1',
  sellerId: 'seller-1',
  description: 'Order 42',
  reference: 'order-42',
  createdAt: '2026-11-29T09:00:00Z',
  updatedAt: '2026-11-29T10:00:00Z',
  fundedAt: '2026-11-29T09:30:00Z',
  releasedAt: null,
  refundedAt: null,
  disputedAt: '2026-11-29T10:00:00Z',
  ...overrides,
});

const dispute = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Dispute',
  id: 'dsp_1',
  environment: 'TEST',
  status: 'OPEN',
  reason: 'PRODUCT_NOT_RECEIVED',
  description: 'Never arrived.',
  escrowId: 'esc_1',
  transactionCheckId: null,
  reference: null,
  resolutionNote: null,
  createdAt: '2026-11-29T10:00:00Z',
  reviewStartedAt: null,
  resolvedAt: null,
  ...overrides,
});

const page = (typename: string, nodes: unknown[]) => ({
  __typename: typename,
  totalCount: nodes.length,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ __typename: typename.replace('Connection', 'Edge'), node })),
});

describe('escrows and disputes', () => {
  it('lists the environment’s escrows and disputes with links to each', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      Escrows: () => ({ data: { escrows: page('EscrowConnection', [escrow(), escrow({ id: 'esc_2', status: 'FUNDED', amount: 900 })]) } }),
      Disputes: () => ({ data: { disputes: page('DisputeConnection', [dispute()]) } }),
    });
    renderApp('/escrows', { fetch: server.fetch, manager: signedInManager() });
    const rows = await screen.findAllByTestId('escrow-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!).toHaveTextContent(/esc_1.*Disputed.*buyer-1 → seller-1.*order-42/);
    expect(within(rows[0]!).getByRole('link', { name: 'esc_1' })).toHaveAttribute('href', '/escrows/esc_1');
    expect(server.seen.find((r) => r.operationName === 'Escrows')?.variables).toMatchObject({ environment: 'TEST' });
    await user.click(screen.getByRole('tab', { name: 'Disputes' }));
    const dispRows = await screen.findAllByTestId('dispute-row');
    expect(dispRows[0]!).toHaveTextContent(/dsp_1.*Open.*Product not received.*esc_1/);
  });

  it('asks for the live environment when the toggle says so', async () => {
    const server = graphqlFetch({ Escrows: () => ({ data: { escrows: page('EscrowConnection', []) } }) });
    renderApp('/escrows?env=live', { fetch: server.fetch, manager: signedInManager() });
    expect(await screen.findByText('No live escrows yet')).toBeInTheDocument();
    expect(server.seen.find((r) => r.operationName === 'Escrows')?.variables).toMatchObject({ environment: 'LIVE' });
  });

  it('shows an escrow with its disputes, and a dispute with its escrow', async () => {
    const server = graphqlFetch({
      Escrow: () => ({ data: { escrow: { ...escrow(), disputes: [dispute()] } } }),
      Dispute: () => ({ data: { dispute: { ...dispute({ status: 'WON', resolutionNote: 'Refunded to the buyer.' }), escrow: escrow({ status: 'REFUNDED' }) } } }),
    });
    renderApp('/escrows/esc_1', { fetch: server.fetch, manager: signedInManager() });
    expect(await screen.findByRole('heading', { name: /Escrow esc_1/ })).toBeInTheDocument();
    expect(screen.getByText('buyer-1')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Disputes of this escrow' });
    expect(table).toHaveTextContent(/dsp_1.*Open.*Product not received/);
    await userEvent.click(within(table).getByRole('link', { name: 'dsp_1' }));
    expect(await screen.findByRole('heading', { name: /Dispute dsp_1/ })).toBeInTheDocument();
    expect(screen.getByText('Refunded to the buyer.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'The escrow disputed' })).toHaveTextContent(/esc_1.*Refunded/);
  });

  it('says an escrow of another organization or environment does not exist', async () => {
    const server = graphqlFetch({ Escrow: () => gqlError('not_found', 'not found') });
    renderApp('/escrows/esc_9', { fetch: server.fetch, manager: signedInManager() });
    expect(await screen.findByRole('alert')).toHaveTextContent('No such escrow');
  });
});
