import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graphqlFetch } from '../test/graphqlFetch';
import { renderApp } from '../test/renderApp';

// The reference itself has its own test; here it is a stub that records its URL.
vi.mock('./ApiReference', () => ({
  default: ({ url }: { url: string }) => <div data-testid="reference">reference from {url}</div>,
}));

describe('DocsPage', () => {
  it('renders the reference from /v1/openapi.json with a quick start, even signed out', async () => {
    const server = graphqlFetch({});
    renderApp('/docs', { fetch: server.fetch });
    expect(await screen.findByTestId('reference')).toHaveTextContent('reference from /v1/openapi.json');
    const quickStart = screen.getByRole('region', { name: 'Quick start' });
    expect(quickStart).toHaveTextContent('/v1/verifications');
    expect(within(quickStart).getByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/signup');
  });
});
