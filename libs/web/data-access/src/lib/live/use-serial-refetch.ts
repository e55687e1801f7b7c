import { useEffect, useRef } from 'react';

// How long to wait before reading again after a read that failed: doubling, up to half a minute.
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000] as const;

export type SerialRun = {
  // Asks for a run: at once, or once more after the one on its way.
  (): void;
  // Stops retrying (the screen is gone); asking for a run again starts afresh.
  stop(): void;
};

// Runs a task so that two runs never overlap: asked for while a run is on its way, it runs once more
// when that one is back (however often it was asked meanwhile). A run that failed (the network, an
// outage) is tried again after a pause, longer each time, until one succeeds: a screen that heard of a
// change must not stay on what it showed before because that one read was lost.
export const serially = (task: () => Promise<unknown>, delays: readonly number[] = RETRY_DELAYS_MS): SerialRun => {
  let running = false;
  let again = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const run = (): void => {
    clearTimeout(retry);
    retry = undefined;
    running = true;
    again = false;
    void task().then(
      () => {
        failures = 0;
        if (again && !stopped) run();
        else running = false;
      },
      () => {
        running = false;
        if (stopped) return;
        if (again) {
          run();
          return;
        }
        const pause = delays[Math.min(failures, delays.length - 1)];
        failures += 1;
        retry = setTimeout(run, pause);
      },
    );
  };
  const trigger = (): void => {
    stopped = false;
    if (running) again = true;
    else run();
  };
  return Object.assign(trigger, {
    stop: () => {
      stopped = true;
      clearTimeout(retry);
    },
  });
};

// Reading a live screen afresh after each change it hears of. Overlapping reads could be answered out
// of order, or merged into the one already on its way, and leave the screen showing the state before
// the last change: so a read asked for while another is on its way runs after it, and a read that
// failed is tried again.
export const useSerialRefetch = (refetch: () => Promise<unknown>): (() => void) => {
  const latest = useRef(refetch);
  latest.current = refetch;
  const reload = useRef<SerialRun | null>(null);
  reload.current ??= serially(() => latest.current());
  useEffect(() => () => reload.current?.stop(), []);
  return reload.current;
};
