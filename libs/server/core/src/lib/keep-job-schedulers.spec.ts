import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { keepJobSchedulers, type KeptJobScheduler } from './keep-job-schedulers';

const SCHEDULERS: readonly KeptJobScheduler[] = [
  { id: 'first-scheduler', repeat: { every: 60_000 }, template: { name: 'first', data: {}, opts: { attempts: 3 } } },
  { id: 'second-scheduler', repeat: { pattern: '0 7 * * *', tz: 'Europe/Amsterdam' }, template: { name: 'second', data: {}, opts: { attempts: 3 } } },
];

const fakeQueue = (upsert: jest.Mock) => ({ upsertJobScheduler: upsert }) as unknown as Queue;

describe('keepJobSchedulers', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('upserts every scheduler at once and again on each renewal until stopped', async () => {
    const upsert = jest.fn().mockResolvedValue(undefined);
    const stop = await keepJobSchedulers(fakeQueue(upsert), SCHEDULERS, { renewEveryMs: 1_000, loggerName: 'Test', what: 'the test schedules' });

    expect(upsert.mock.calls).toEqual([
      ['first-scheduler', { every: 60_000 }, SCHEDULERS[0].template],
      ['second-scheduler', { pattern: '0 7 * * *', tz: 'Europe/Amsterdam' }, SCHEDULERS[1].template],
    ]);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(upsert).toHaveBeenCalledTimes(4);

    stop();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(upsert).toHaveBeenCalledTimes(4);
  });

  it('warns about a failed renewal and keeps renewing', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const upsert = jest.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('redis away')).mockResolvedValue(undefined);
    const stop = await keepJobSchedulers(fakeQueue(upsert), SCHEDULERS.slice(0, 1), { renewEveryMs: 1_000, loggerName: 'Test', what: 'the test schedule' });

    await jest.advanceTimersByTimeAsync(2_000);
    expect(upsert).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenCalledWith('could not renew the test schedule: Error: redis away');
    stop();
    warn.mockRestore();
  });

  it('fails when the first upsert fails, so a worker does not start without its schedules', async () => {
    const upsert = jest.fn().mockRejectedValue(new Error('redis away'));
    await expect(keepJobSchedulers(fakeQueue(upsert), SCHEDULERS, { renewEveryMs: 1_000, loggerName: 'Test', what: 'the test schedules' })).rejects.toThrow('redis away');
  });
});
