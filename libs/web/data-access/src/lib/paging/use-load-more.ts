import { useCallback, useState } from 'react';

type PagedConnection = { readonly edges: readonly { readonly cursor?: string }[]; readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null } };

type FetchMore<TData> = (options: {
  variables: { after: string };
  updateQuery: (previous: TData, options: { fetchMoreResult: TData }) => TData;
}) => Promise<unknown>;

// The list with the next page's edges after the ones already shown (a page asked for twice is not added twice).
export const appendPage = <TData extends Record<string, unknown>>(field: keyof TData, previous: TData, next: TData): TData => {
  const before = previous[field] as PagedConnection;
  const after = next[field] as PagedConnection;
  const shown = new Set(before.edges.map((edge) => edge.cursor).filter((cursor) => cursor !== undefined));
  return { ...next, [field]: { ...after, edges: [...before.edges, ...after.edges.filter((edge) => edge.cursor === undefined || !shown.has(edge.cursor))] } };
};

// "Meer tonen" for a paged list (a connection under `field` of the query's data): fetches the page after the
// last one shown and appends it. The query must take `$after: String`.
export const useLoadMore = <TData extends Record<string, unknown>>(
  data: TData | undefined,
  fetchMore: FetchMore<TData>,
  field: keyof TData,
): { hasMore: boolean; loadingMore: boolean; loadMore: () => Promise<void> } => {
  const [loadingMore, setLoadingMore] = useState(false);
  const pageInfo = (data?.[field] as PagedConnection | undefined)?.pageInfo;
  const endCursor = pageInfo?.hasNextPage ? (pageInfo.endCursor ?? null) : null;
  const loadMore = useCallback(async () => {
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: endCursor }, updateQuery: (previous, { fetchMoreResult }) => appendPage(field, previous, fetchMoreResult) });
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore, field, loadingMore]);
  return { hasMore: endCursor !== null, loadingMore, loadMore };
};
