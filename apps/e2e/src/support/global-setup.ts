import path from 'node:path';
import { assertPortFree, E2E_SWEEP_EVERY, requireFile, startProcess, stopProcessGroups, waitForLog, waitForOk, type RunningProcess } from './e2e-stack';

declare global {
  // Read by global-teardown, which Jest runs in this same process.
  var __doorbraakE2ePids: number[] | undefined;
}

const portFrom = (variable: string, fallback: number): number => {
  const port = Number(process.env[variable] ?? fallback);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`e2e: ${variable} must be a port number, got "${process.env[variable]}"`);
  }
  return port;
};

// Jest only calls a default-exported global setup function.
export default async function globalSetup(): Promise<void> {
  const apiPort = portFrom('E2E_API_PORT', 3100);
  const webPort = portFrom('E2E_WEB_PORT', 4300);
  const timeoutMs = Number(process.env.E2E_STARTUP_TIMEOUT_MS ?? 60000);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;

  const apiMain = requireFile('dist/apps/api/main.js', 'Build it first: npx nx run api:build');
  const workerMain = requireFile('dist/apps/worker/main.js', 'Build it first: npx nx run worker:build');
  requireFile('dist/apps/web/index.html', 'Build it first: npx nx run web:build');
  const viteBin = requireFile('node_modules/vite/bin/vite.js', 'Install the npm packages first: npm ci');
  if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
    throw new Error('e2e: set DATABASE_URL (a migrated and seeded test database) and REDIS_URL before running the e2e tests');
  }
  await assertPortFree(apiPort, 'E2E_API_PORT');
  await assertPortFree(webPort, 'E2E_WEB_PORT');

  const started: RunningProcess[] = [];
  const pids = () => started.map((proc) => proc.pid);
  globalThis.__doorbraakE2ePids = [];
  // Last resort if Jest dies without teardown: the groups are detached and would otherwise linger.
  process.once('exit', () => {
    for (const pid of globalThis.__doorbraakE2ePids ?? []) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already stopped by teardown.
      }
    }
  });

  try {
    // The environment passes through, so DATABASE_URL, REDIS_URL and anything else the API reads reach it.
    const api = startProcess({
      name: 'api',
      command: process.execPath,
      args: [apiMain],
      env: { ...process.env, PORT: String(apiPort), WEB_URL: webUrl },
    });
    started.push(api);
    globalThis.__doorbraakE2ePids = pids();
    await waitForOk(api, `${apiUrl}/health`, timeoutMs);

    // The real worker, sweeping every 2 seconds, so an alliance whose ladder a test compresses to seconds
    // sees its items climb by themselves (and the board hear of it live).
    const worker = startProcess({
      name: 'worker',
      command: process.execPath,
      args: [workerMain],
      env: { ...process.env, ESCALATION_SWEEP_EVERY: E2E_SWEEP_EVERY, WORKER_HEALTH_PORT: '0' },
    });
    started.push(worker);
    globalThis.__doorbraakE2ePids = pids();
    await waitForLog(worker, /worker running/, timeoutMs);

    const web = startProcess({
      name: 'web',
      command: process.execPath,
      args: [viteBin, 'preview', '--config', path.join('apps', 'web', 'vite.config.mts'), '--port', String(webPort)],
      env: { ...process.env, API_URL: apiUrl, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    started.push(web);
    globalThis.__doorbraakE2ePids = pids();
    await waitForOk(web, `${webUrl}/`, timeoutMs);
    // Through the preview proxy, so a broken API_URL fails here rather than as an empty page.
    await waitForOk(web, `${webUrl}/health`, timeoutMs);
  } catch (error) {
    // Jest skips global teardown when setup throws, so clean up here.
    await stopProcessGroups(pids());
    globalThis.__doorbraakE2ePids = [];
    throw error;
  }

  process.env.E2E_API_URL = apiUrl;
  process.env.E2E_WEB_URL = webUrl;
  process.stderr.write(`\ne2e: stack is up (api ${apiUrl}, web ${webUrl}; logs in tmp/e2e)\n`);
}
