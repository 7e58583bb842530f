import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Client, Provider, cacheExchange, fetchExchange } from 'urql';
import { describe, expect, it } from 'vitest';
import type { ApiKeysQuery as ApiKeysResult } from '../gql/graphql';
import { ApiKeysQuery } from '../keys/documents';
import { apiKey, keyList } from '../keys/fixtures';
import { graphqlFetch, type SeenRequest } from '../test/graphqlFetch';
import { MAX_PAGE_SIZE, usePagedQuery } from './pagination';

type Answer = (request: SeenRequest) => ReturnType<typeof keyList>;

function setup(answer: Answer, options: { pageSize?: number; loadAll?: number } = {}) {
  const server = graphqlFetch({ ApiKeys: answer });
  const client = new Client({ url: 'http://localhost/graphql', fetch: server.fetch, preferGetMethod: false, exchanges: [cacheExchange, fetchExchange] });
  const wrapper = ({ children }: { children: ReactNode }) => <Provider value={client}>{children}</Provider>;
  const hook = renderHook(
    () => usePagedQuery({ query: ApiKeysQuery, variables: { environment: 'TEST' as const }, connection: (d: ApiKeysResult) => d.apiKeys, ...options }),
    { wrapper },
  );
  const afters = () => server.seen.map((r) => r.variables.after ?? null);
  return { ...hook, server, afters };
}

const keys = (...ids: string[]) => ids.map((id) => apiKey({ id, name: id }));
const names = (nodes: readonly { name: string }[]) => nodes.map((n) => n.name);

describe('usePagedQuery', () => {
  it('never asks for more than the server allows in one page', async () => {
    const { result, server } = setup(() => keyList(keys('a')), { pageSize: 500 });
    await waitFor(() => expect(result.current.nodes).toHaveLength(1));
    expect(server.seen[0]?.variables).toEqual({ environment: 'TEST', first: MAX_PAGE_SIZE, after: null });
    expect(result.current.hasNextPage).toBe(false);
  });

  it('fetches the pages after the first again from its new end, so an item pushed across the boundary stays', async () => {
    // Two per page. A new key arrives at the top: "b" moves from the first page to the second.
    let newest = false;
    const { result, afters } = setup(({ variables }) => {
      const all = newest ? keys('new', 'a', 'b', 'c') : keys('a', 'b', 'c');
      const start = variables.after ? all.findIndex((k) => `after_${k.id}` === variables.after) + 1 : 0;
      const page = all.slice(start, start + 2);
      return keyList(page, { hasNextPage: start + 2 < all.length, totalCount: all.length });
    }, { pageSize: 2 });
    await waitFor(() => expect(names(result.current.nodes)).toEqual(['a', 'b']));
    act(() => result.current.loadMore());
    await waitFor(() => expect(names(result.current.nodes)).toEqual(['a', 'b', 'c']));
    expect(result.current.hasNextPage).toBe(false);

    newest = true;
    act(() => result.current.refresh());
    await waitFor(() => expect(names(result.current.nodes)).toEqual(['new', 'a', 'b', 'c']));
    // The second page was asked for after "a", the first page's new end, not after "b".
    expect(afters()).toEqual([null, 'after_b', null, 'after_a']);
    expect(result.current.totalCount).toBe(4);
  });

  it('follows every page by itself for a picker, up to its cap', async () => {
    const all = keys('a', 'b', 'c', 'd', 'e', 'f', 'g');
    const { result, afters } = setup(({ variables }) => {
      const start = variables.after ? all.findIndex((k) => `after_${k.id}` === variables.after) + 1 : 0;
      return keyList(all.slice(start, start + 2), { hasNextPage: start + 2 < all.length, totalCount: all.length });
    }, { pageSize: 2, loadAll: 3 });
    await waitFor(() => expect(names(result.current.nodes)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']));
    expect(afters()).toEqual([null, 'after_b', 'after_d']);
    expect(result.current.hasNextPage).toBe(true);
    expect(result.current.fetchingMore).toBe(false);
  });

  it('starts again from the first page when the variables change', async () => {
    const server = graphqlFetch({
      ApiKeys: ({ variables }) =>
        variables.environment === 'LIVE' ? keyList(keys('live')) : variables.after ? keyList(keys('t2')) : keyList(keys('t1'), { hasNextPage: true }),
    });
    const client = new Client({ url: 'http://localhost/graphql', fetch: server.fetch, preferGetMethod: false, exchanges: [cacheExchange, fetchExchange] });
    const wrapper = ({ children }: { children: ReactNode }) => <Provider value={client}>{children}</Provider>;
    const { result, rerender } = renderHook(
      ({ environment }: { environment: 'TEST' | 'LIVE' }) =>
        usePagedQuery({ query: ApiKeysQuery, variables: { environment }, connection: (d: ApiKeysResult) => d.apiKeys }),
      { wrapper, initialProps: { environment: 'TEST' } },
    );
    await waitFor(() => expect(result.current.hasNextPage).toBe(true));
    act(() => result.current.loadMore());
    await waitFor(() => expect(names(result.current.nodes)).toEqual(['t1', 't2']));
    rerender({ environment: 'LIVE' });
    await waitFor(() => expect(names(result.current.nodes)).toEqual(['live']));
    expect(server.seen.at(-1)?.variables).toEqual({ environment: 'LIVE', first: MAX_PAGE_SIZE, after: null });
  });
});
