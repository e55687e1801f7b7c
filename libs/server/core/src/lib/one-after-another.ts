// Runs the reads one after the other and answers their results in order, as Promise.all would. A request that
// needs several reads then holds one pooled connection at a time: a few heavy requests side by side (the national
// dashboard runs eleven counts) cannot take the whole pool and make every other request wait past the pool's
// timeout, which answers 503.
export const oneAfterAnother = async <T extends readonly unknown[]>(reads: { readonly [K in keyof T]: () => Promise<T[K]> }): Promise<T> => {
  const results: unknown[] = [];
  for (const read of reads as readonly (() => Promise<unknown>)[]) {
    results.push(await read());
  }
  return results as unknown as T;
};
