import type { AnyVariables, CombinedError, DocumentInput } from '@urql/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery, type UseQueryResponse } from 'urql';

/** The most items a connection returns at once: the server refuses `first` over 100. */
export const MAX_PAGE_SIZE = 100;

/** What every Relay connection the portal pages through has. */
export interface ConnectionLike<Node> {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges?: ReadonlyArray<{ node?: Node | null } | null> | null;
}

/** The page variables a paged document declares: `$first: Int!` and `$after: Cursor`. */
export interface PageVariables {
  first: number;
  after?: string | null;
}

interface LoadedPage<Node> {
  nodes: Node[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface PagedQueryOptions<Data, Vars extends PageVariables & AnyVariables, Node> {
  query: DocumentInput<Data, Vars>;
  /** Everything but the page variables; a change starts again from the first page. */
  variables: Omit<Vars, 'first' | 'after'>;
  /** Picks the connection out of a response. */
  connection: (data: Data) => ConnectionLike<Node> | null | undefined;
  /** At most MAX_PAGE_SIZE. */
  pageSize?: number;
  /** Follow the next pages by itself up to this many pages in all (pickers that must offer everything). */
  loadAll?: number;
}

export interface PagedQuery<Data, Node> {
  /** The first page's response, as useQuery gives it: pages show loaders and errors from it. */
  first: UseQueryResponse<Data>[0];
  /** Every node of every page loaded, in order, each once. */
  nodes: Node[];
  totalCount: number;
  hasNextPage: boolean;
  /** A next page is being fetched, or the loaded ones again after a refresh. */
  fetchingMore: boolean;
  /** Why the last "Show more" failed, if it did. */
  moreError: CombinedError | null;
  /** Appends the next page. */
  loadMore: () => void;
  /** Reloads every loaded page from the server (after a live event). */
  refresh: () => void;
}

/**
 * A Relay connection read page by page with `first` + `after`, the pages
 * appended in order. The first page is an ordinary query (cached, and
 * re-run when a mutation touches its types); the pages after it are fetched
 * from the end cursor before them. Whenever the first page changes, the
 * pages after it are fetched again in a chain, each from the new end cursor
 * of the one before, so an item pushed across a page boundary is neither
 * lost nor shown twice.
 */
export function usePagedQuery<Data, Vars extends PageVariables & AnyVariables, Node extends { id: string }>(
  options: PagedQueryOptions<Data, Vars, Node>,
): PagedQuery<Data, Node> {
  const { query, variables, connection, loadAll = 0 } = options;
  const pageSize = Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const client = useClient();
  const variablesKey = JSON.stringify(variables);
  // Rebuilt only when the variables' content changes, so a caller may pass a fresh object each render.
  const pageVariables = useMemo(() => ({ ...variables, first: pageSize, after: null }) as unknown as Vars, [variablesKey, pageSize]);
  const [firstPage, reexecute] = useQuery<Data, Vars>({ query, variables: pageVariables, requestPolicy: 'cache-and-network' });

  // How many pages after the first the user asked for, for these variables.
  const [wanted, setWanted] = useState({ key: variablesKey, count: 0 });
  const extraWanted = wanted.key === variablesKey ? wanted.count : 0;
  // The pages after the first as last fetched: on top of which first page, and for how many asked.
  const [loaded, setLoaded] = useState<{ base: LoadedPage<Node> | null; requested: number; pages: LoadedPage<Node>[]; error: CombinedError | null }>({
    base: null,
    requested: 0,
    pages: [],
    error: null,
  });
  const connectionRef = useRef(connection);
  connectionRef.current = connection;

  const firstConnection = firstPage.data ? connectionRef.current(firstPage.data) : null;
  const firstLoaded = useMemo(() => (firstConnection ? toPage(firstConnection) : null), [firstConnection]);
  const upToDate = loaded.base === firstLoaded && loaded.requested >= extraWanted;

  useEffect(() => {
    if (!firstLoaded || upToDate || extraWanted === 0) return;
    let cancelled = false;
    const chain = async () => {
      // Pages already fetched on top of this first page are kept; after a
      // new first page, every page after it is fetched again.
      const pages = loaded.base === firstLoaded ? [...loaded.pages] : [];
      let previous = pages.at(-1) ?? firstLoaded;
      let error: CombinedError | null = null;
      while (pages.length < extraWanted && previous.hasNextPage && previous.endCursor) {
        const result = await client
          .query<Data, Vars>(query, { ...pageVariables, after: previous.endCursor }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        const next = result.data ? connectionRef.current(result.data) : null;
        if (result.error || !next) {
          error = result.error ?? null;
          break;
        }
        previous = toPage(next);
        pages.push(previous);
      }
      setLoaded({ base: firstLoaded, requested: extraWanted, pages, error });
    };
    void chain();
    return () => {
      cancelled = true;
    };
    // `loaded` is read, not followed: only this effect changes it.
  }, [firstLoaded, upToDate, extraWanted, client, query, pageVariables]);

  // Until their reload arrives, pages fetched on top of an older first page stay on screen.
  const extra = useMemo(() => loaded.pages.slice(0, extraWanted), [loaded.pages, extraWanted]);
  const last = extra.at(-1) ?? firstLoaded;
  const hasNextPage = Boolean(last?.hasNextPage && last.endCursor);
  const fetchingMore = Boolean(firstLoaded) && extraWanted > 0 && !upToDate;
  const moreError = upToDate ? loaded.error : null;

  // Pickers follow every page, up to their cap.
  useEffect(() => {
    if (loadAll > 1 && hasNextPage && !fetchingMore && !moreError && extraWanted + 1 < loadAll) {
      setWanted({ key: variablesKey, count: extraWanted + 1 });
    }
  }, [loadAll, hasNextPage, fetchingMore, moreError, extraWanted, variablesKey]);

  const nodes = useMemo(() => {
    const seen = new Set<string>();
    const out: Node[] = [];
    for (const page of [firstLoaded, ...extra]) {
      for (const node of page?.nodes ?? []) {
        if (seen.has(node.id)) continue;
        seen.add(node.id);
        out.push(node);
      }
    }
    return out;
  }, [firstLoaded, extra]);

  const loadMore = useCallback(() => {
    if (hasNextPage && !fetchingMore) setWanted({ key: variablesKey, count: extraWanted + 1 });
  }, [hasNextPage, fetchingMore, variablesKey, extraWanted]);

  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  return {
    first: firstPage,
    nodes,
    totalCount: firstConnection?.totalCount ?? nodes.length,
    hasNextPage,
    fetchingMore,
    moreError,
    loadMore,
    refresh,
  };
}

function toPage<Node>(connection: ConnectionLike<Node>): LoadedPage<Node> {
  return {
    nodes: (connection.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : [])),
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
  };
}
