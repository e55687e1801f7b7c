import { serially } from './use-serial-refetch';

const deferred = () => {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
};
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('serially', () => {
  it('never overlaps runs, and runs once more after one asked for meanwhile, however often', async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const trigger = serially(() => {
      const run = deferred();
      runs.push(run);
      return run.promise;
    });
    trigger();
    trigger();
    trigger();
    expect(runs).toHaveLength(1);
    runs[0].resolve();
    await settle();
    expect(runs).toHaveLength(2);
    runs[1].resolve();
    await settle();
    expect(runs).toHaveLength(2);
    trigger();
    expect(runs).toHaveLength(3);
  });

  it('goes on after a run that failed', async () => {
    let calls = 0;
    const trigger = serially(() => {
      calls += 1;
      return Promise.reject(new Error('offline'));
    });
    trigger();
    await settle();
    trigger();
    await settle();
    expect(calls).toBe(2);
  });
});
