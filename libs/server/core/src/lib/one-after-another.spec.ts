import { oneAfterAnother } from './one-after-another';

describe('oneAfterAnother', () => {
  it('starts each read when the one before has answered, and answers the results in order', async () => {
    const log: string[] = [];
    const read = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      return name.length;
    };
    const [a, b] = await oneAfterAnother([read('slow', 20), read('quick', 1)]);
    expect([a, b]).toEqual([4, 5]);
    expect(log).toEqual(['start slow', 'end slow', 'start quick', 'end quick']);
  });

  it('stops at the first failure', async () => {
    const second = jest.fn(async () => 2);
    await expect(oneAfterAnother([async () => Promise.reject(new Error('down')), second])).rejects.toThrow('down');
    expect(second).not.toHaveBeenCalled();
  });
});
