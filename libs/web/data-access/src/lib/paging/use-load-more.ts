import { useCallback, useState } from 'react';

type PagedConnection = { readonly edges: readonly { readonly cursor?: string }[]; readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null } };

type FetchMore<TData> = (options: {
  variables: { after: string };
  updateQuery: (previous: TData, options: { fetchMoreResult: TData }) => TData;
}) => Promise<unknown>;

export type LoadMoreState = { hasMore: boolean; loadingMore: boolean; loadMore: () => Promise<void> };

// A list with the next page's edges after the ones already shown (a page asked for twice is not added twice),
// and the next page's page info.
export const appendEdges = <TConnection extends PagedConnection>(before: TConnection, after: TConnection): TConnection => {
  const shown = new Set(before.edges.map((edge) => edge.cursor).filter((cursor) => cursor !== undefined));
  return { ...after, edges: [...before.edges, ...after.edges.filter((edge) => edge.cursor === undefined || !shown.has(edge.cursor))] };
};

// The list with the next page's edges after the ones already shown (a page asked for twice is not added twice).
export const appendPage = <TData extends Record<string, unknown>>(field: keyof TData, previous: TData, next: TData): TData => ({
  ...next,
  [field]: appendEdges(previous[field] as PagedConnection, next[field] as PagedConnection),
});

// The query's data with the next page of a list inside one of its objects (a vastloper's timeline:
// `data.vastloper.timeline`) appended; the rest of the data stays as shown.
export const appendNestedPage = <TData extends Record<string, unknown>>(
  parent: keyof TData,
  field: string,
  previous: TData,
  next: { readonly [key: string]: unknown },
): TData => {
  const shown = previous[parent] as Record<string, unknown>;
  const fetched = next[parent as string] as Record<string, unknown>;
  return { ...previous, [parent]: { ...shown, [field]: appendEdges(shown[field] as PagedConnection, fetched[field] as PagedConnection) } };
};

// "Meer tonen" for any paged list on the screen: `load` fetches the page after the cursor and adds it to the
// data shown (with Apollo's fetchMore).
export const useLoadMoreOf = (connection: PagedConnection | null | undefined, load: (after: string) => Promise<unknown>): LoadMoreState => {
  const [loadingMore, setLoadingMore] = useState(false);
  const endCursor = connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
  const loadMore = useCallback(async () => {
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      await load(endCursor);
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, load, loadingMore]);
  return { hasMore: endCursor !== null, loadingMore, loadMore };
};

// "Meer tonen" for a paged list (a connection under `field` of the query's data): fetches the page after the
// last one shown and appends it. The query must take `$after: String`.
export const useLoadMore = <TData extends Record<string, unknown>>(data: TData | undefined, fetchMore: FetchMore<TData>, field: keyof TData): LoadMoreState =>
  useLoadMoreOf(
    data?.[field] as PagedConnection | undefined,
    useCallback((after: string) => fetchMore({ variables: { after }, updateQuery: (previous, { fetchMoreResult }) => appendPage(field, previous, fetchMoreResult) }), [fetchMore, field]),
  );
