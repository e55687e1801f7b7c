import { lazyInTurn, oneAfterAnother } from './one-after-another';

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

describe('lazyInTurn', () => {
  it('reads only the parts asked for, each once, one after the other', async () => {
    const log: string[] = [];
    const read = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      return name;
    };
    const parts = lazyInTurn<{ slow: string; quick: string; unused: string }>({ slow: read('slow', 20), quick: read('quick', 1), unused: read('unused', 1) });
    const answers = await Promise.all([parts.slow(), parts.quick(), parts.slow()]);
    expect(answers).toEqual(['slow', 'quick', 'slow']);
    expect(log).toEqual(['start slow', 'end slow', 'start quick', 'end quick']);
  });

  it('keeps the next part going after one fails', async () => {
    const parts = lazyInTurn<{ broken: number; fine: number }>({ broken: async () => Promise.reject(new Error('down')), fine: async () => 2 });
    const broken = parts.broken();
    const fine = parts.fine();
    await expect(broken).rejects.toThrow('down');
    await expect(fine).resolves.toBe(2);
  });
});
