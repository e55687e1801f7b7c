import { stopProcessGroups } from './e2e-stack';

// Jest only calls a default-exported global teardown function.
export default async function globalTeardown(): Promise<void> {
  await stopProcessGroups(globalThis.__doorbraakE2ePids ?? []);
  globalThis.__doorbraakE2ePids = [];
}
