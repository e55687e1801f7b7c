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
    trigger.stop();
  });

  describe('after a run that failed', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('tries again after a pause, longer each time, until a run succeeds', async () => {
      const outcomes = [false, false, true];
      let calls = 0;
      const trigger = serially(() => {
        calls += 1;
        return outcomes[calls - 1] ? Promise.resolve() : Promise.reject(new Error('offline'));
      }, [100, 200]);
      trigger();
      await jest.advanceTimersByTimeAsync(0);
      expect(calls).toBe(1);
      await jest.advanceTimersByTimeAsync(99);
      expect(calls).toBe(1);
      await jest.advanceTimersByTimeAsync(1);
      expect(calls).toBe(2);
      await jest.advanceTimersByTimeAsync(199);
      expect(calls).toBe(2);
      await jest.advanceTimersByTimeAsync(1);
      expect(calls).toBe(3);
      // Succeeded: no more runs of its own.
      await jest.advanceTimersByTimeAsync(10_000);
      expect(calls).toBe(3);
    });

    it('runs at once when asked again before the pause is over, and not once more when it ends', async () => {
      let calls = 0;
      const trigger = serially(() => {
        calls += 1;
        return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve();
      }, [1_000]);
      trigger();
      await jest.advanceTimersByTimeAsync(0);
      trigger();
      await jest.advanceTimersByTimeAsync(0);
      expect(calls).toBe(2);
      await jest.advanceTimersByTimeAsync(5_000);
      expect(calls).toBe(2);
    });

    it('stops trying once stopped', async () => {
      let calls = 0;
      const trigger = serially(() => {
        calls += 1;
        return Promise.reject(new Error('offline'));
      }, [1_000]);
      trigger();
      await jest.advanceTimersByTimeAsync(0);
      trigger.stop();
      await jest.advanceTimersByTimeAsync(10_000);
      expect(calls).toBe(1);
    });
  });
});
