import { useRef } from 'react';

// Runs a task so that two runs never overlap: asked for while a run is on its way, it runs once more
// when that one is back (however often it was asked meanwhile).
export const serially = (task: () => Promise<unknown>): (() => void) => {
  let running = false;
  let again = false;
  const run = (): void => {
    running = true;
    again = false;
    void task()
      .catch(() => undefined)
      .finally(() => {
        if (again) run();
        else running = false;
      });
  };
  return () => {
    if (running) again = true;
    else run();
  };
};

// Reading a live screen afresh after each change it hears of. Overlapping reads could be answered out
// of order, or merged into the one already on its way, and leave the screen showing the state before
// the last change: so a read asked for while another is on its way runs after it.
export const useSerialRefetch = (refetch: () => Promise<unknown>): (() => void) => {
  const latest = useRef(refetch);
  latest.current = refetch;
  const reload = useRef<(() => void) | null>(null);
  reload.current ??= serially(() => latest.current());
  return reload.current;
};
