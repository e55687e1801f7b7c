import { createGraphqlContext, groupByKey, oneByKey, requestLoader } from './request-loaders';

describe('request loaders', () => {
  it('batches the loads of one request into one call and keeps key order', async () => {
    const calls: (readonly number[])[] = [];
    const context = createGraphqlContext();
    const load = (id: number) =>
      requestLoader<number, string>(context, 'square', async (ids) => {
        calls.push(ids);
        return ids.map((value) => `${value * value}`);
      }).load(id);

    expect(await Promise.all([load(3), load(1), load(2)])).toEqual(['9', '1', '4']);
    expect(calls).toEqual([[3, 1, 2]]);
  });

  it('never shares a loader, or its cache, between requests', async () => {
    let calls = 0;
    const batch = async (ids: readonly number[]) => {
      calls += 1;
      return ids;
    };
    await requestLoader(createGraphqlContext(), 'same', batch).load(1);
    await requestLoader(createGraphqlContext(), 'same', batch).load(1);
    expect(calls).toBe(2);
  });

  it('groups rows under their keys, with an empty list for keys without rows', () => {
    const rows = [
      { allianceId: 'a', name: 'x' },
      { allianceId: 'b', name: 'y' },
      { allianceId: 'a', name: 'z' },
    ];
    expect(groupByKey(['b', 'c', 'a'], rows, (row) => row.allianceId).map((group) => group.map((row) => row.name))).toEqual([
      ['y'],
      [],
      ['x', 'z'],
    ]);
  });

  it('answers null for a key without a row', () => {
    expect(oneByKey(['a', 'b'], [{ id: 'b' }], (row) => row.id)).toEqual([null, { id: 'b' }]);
  });
});
