import { appendNestedPage, appendPage } from './use-load-more';

type Data = { __typename: 'Query'; list: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const page = (ids: string[], hasNextPage: boolean): Data => ({
  __typename: 'Query',
  list: { edges: ids.map((id) => ({ cursor: `c-${id}`, node: { id } })), pageInfo: { hasNextPage, endCursor: ids.length ? `c-${ids.at(-1)}` : null } },
});

describe('appending the next page of a list', () => {
  it('puts the next page after the rows shown and takes its page info', () => {
    const merged = appendPage<Data>('list', page(['a', 'b'], true), page(['c', 'd'], false));
    expect(merged.list.edges.map((edge) => edge.node.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.list.pageInfo).toEqual({ hasNextPage: false, endCursor: 'c-d' });
  });

  it('does not add a row twice when the same page arrives twice', () => {
    const once = appendPage<Data>('list', page(['a', 'b'], true), page(['c'], true));
    const twice = appendPage<Data>('list', once, page(['c'], true));
    expect(twice.list.edges.map((edge) => edge.node.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('appending the next page of a list inside an object of the query', () => {
  type Item = { __typename: 'Vastloper'; id: string; title: string; timeline: Data['list'] };
  const item = (ids: string[], hasNextPage: boolean, title = 'Vastloper'): { vastloper: Item } => ({
    vastloper: { __typename: 'Vastloper', id: 'v', title, timeline: page(ids, hasNextPage).list },
  });

  it('appends the page to that list and keeps the rest of the object as shown', () => {
    const merged = appendNestedPage('vastloper', 'timeline', item(['a', 'b'], true), item(['b', 'c'], false, 'Elders gelezen'));
    expect(merged.vastloper.timeline.edges.map((edge) => edge.node.id)).toEqual(['a', 'b', 'c']);
    expect(merged.vastloper.timeline.pageInfo).toEqual({ hasNextPage: false, endCursor: 'c-c' });
    expect(merged.vastloper.title).toBe('Vastloper');
  });
});
