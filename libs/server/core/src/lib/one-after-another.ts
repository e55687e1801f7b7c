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

export type LazyParts<T> = { readonly [K in keyof T]: () => Promise<T[K]> };

// The parts of a figure set that a query may or may not ask for: each part is read only when asked for, at most
// once, and the parts asked for read one after the other (as oneAfterAnother), whatever order GraphQL asks them in.
export const lazyInTurn = <T>(reads: LazyParts<T>): LazyParts<T> => {
  let turn: Promise<unknown> = Promise.resolve();
  const answers = new Map<keyof T, Promise<unknown>>();
  const parts = {} as { [K in keyof T]: () => Promise<T[K]> };
  for (const key of Object.keys(reads) as (keyof T)[]) {
    parts[key] = () => {
      let answer = answers.get(key) as Promise<T[typeof key]> | undefined;
      if (!answer) {
        answer = turn.then(() => reads[key]());
        answers.set(key, answer);
        turn = answer.catch(() => undefined);
      }
      return answer;
    };
  }
  return parts;
};
