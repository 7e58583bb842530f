import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graphqlFetch } from '../test/graphqlFetch';
import { renderApp } from '../test/renderApp';

// Swagger UI itself is exercised by the browser test; here it is a stub that records its URL.
vi.mock('./SwaggerReference', () => ({
  default: ({ url }: { url: string }) => <div data-testid="swagger">reference from {url}</div>,
}));

describe('DocsPage', () => {
  it('renders the reference from /v1/openapi.json with a quick start, even signed out', async () => {
    const server = graphqlFetch({});
    renderApp('/docs', { fetch: server.fetch });
    expect(await screen.findByTestId('swagger')).toHaveTextContent('reference from /v1/openapi.json');
    const quickStart = screen.getByRole('region', { name: 'Quick start' });
    expect(quickStart).toHaveTextContent('/v1/verifications');
    expect(within(quickStart).getByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/signup');
  });
});
