// npm run cluster — Doorbraak as it runs at scale, on one machine: two API processes and two workers (the
// builds in dist/) against one PostgreSQL and one Redis (DATABASE_URL and REDIS_URL: the private servers
// of npm start unless set), with nginx in front on loopback. Prints the addresses; Ctrl-C stops everything.
//   --port N   where nginx listens (3080); the API processes take the two ports after it, the workers'
//              health endpoints the two after those.
// A process that dies is reported; the others keep serving (nginx passes requests to the API that is left)
// until no API or no worker is left.
import { existsSync } from 'node:fs';
import { startProxy, type Proxy } from './proxy';
import { API_NODE_FLAGS, builtMain, startNode, waitForHttp, type ServerProcess } from '../support/processes';

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

const PORT = Number(argument('port') ?? 3080);
const API_COUNT = 2;
const WORKER_COUNT = 2;

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

// Where a URL points, without its password.
const withoutPassword = (url: string): string => {
  const parsed = new URL(url);
  if (parsed.password) {
    parsed.password = '***';
  }
  return parsed.toString();
};

const main = async (): Promise<void> => {
  if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65_535 - API_COUNT - WORKER_COUNT) {
    throw new Error(`--port must be a port number, with the ${API_COUNT + WORKER_COUNT} after it free too`);
  }
  const databaseUrl = process.env['DATABASE_URL'];
  const redisUrl = process.env['REDIS_URL'];
  if (!databaseUrl || !redisUrl) {
    throw new Error('DATABASE_URL and REDIS_URL must be set (npm run cluster sets the local ones)');
  }
  for (const app of ['api', 'worker'] as const) {
    if (!existsSync(builtMain(app))) throw new Error(`${app} is not built: npx nx run-many -t build -p api worker`);
  }
  const apiPorts = Array.from({ length: API_COUNT }, (_, index) => PORT + 1 + index);
  const healthPorts = Array.from({ length: WORKER_COUNT }, (_, index) => PORT + 1 + API_COUNT + index);
  const shared = {
    ...process.env,
    NODE_ENV: process.env['NODE_ENV'] ?? 'development',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    // The APIs are reached through the proxy only, the workers' /health from this machine.
    HOST: '127.0.0.1',
  };
  const show = (name: string) => (line: string) => say(`[${name}] ${line}`);

  const apis = apiPorts.map((port, index) => {
    const name = `api-${index + 1}`;
    // nginx is the one proxy in front: the client's address is the one it puts in X-Forwarded-For.
    return startNode(name, builtMain('api'), { env: { ...shared, PORT: String(port), TRUST_PROXY: '1' }, onLine: show(name), flags: ['--enable-source-maps', ...API_NODE_FLAGS] });
  });
  const workers = healthPorts.map((port, index) => {
    const name = `worker-${index + 1}`;
    return startNode(name, builtMain('worker'), { env: { ...shared, WORKER_HEALTH_PORT: String(port) }, onLine: show(name), flags: ['--enable-source-maps'] });
  });
  const processes: ServerProcess[] = [...apis, ...workers];
  let proxy: Proxy | undefined;

  let stopping: Promise<void> | undefined;
  const stopAll = (code: number): Promise<void> => {
    stopping ??= (async () => {
      await proxy?.stop();
      await Promise.all(processes.map((server) => server.stop()));
      process.exit(code);
    })();
    return stopping;
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  try {
    await Promise.all([
      ...apis.map((api, index) => waitForHttp(api, `http://127.0.0.1:${apiPorts[index]}/health`)),
      ...workers.map((worker, index) => waitForHttp(worker, `http://127.0.0.1:${healthPorts[index]}/health`)),
    ]);
    proxy = await startProxy({ port: PORT, upstreams: apiPorts });
    const url = proxy.url;
    await fetch(`${url}/health`).then((response) => {
      if (response.status !== 200) throw new Error(`the proxy answered /health with ${response.status}`);
    });
    say('');
    say(`  Doorbraak runs as ${API_COUNT} API processes and ${WORKER_COUNT} workers behind nginx:`);
    say(`    GraphQL         ${url}/graphql (queries over HTTP, subscriptions over WebSocket)`);
    say(`    health          ${url}/health`);
    say(`    API processes   ${apiPorts.map((port) => `http://127.0.0.1:${port}`).join('  ')}`);
    say(`    worker health   ${healthPorts.map((port) => `http://127.0.0.1:${port}/health`).join('  ')}`);
    say(`    PostgreSQL      ${withoutPassword(databaseUrl)}`);
    say(`    Redis           ${withoutPassword(redisUrl)}`);
    say('  Ctrl-C stops everything.');
    say('');
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    await stopAll(1);
  }

  // One that dies is reported by startProcess; the cluster stops when no API or no worker is left.
  for (const group of [apis, workers]) {
    for (const server of group) {
      void server.exited.then(() => {
        if (!stopping && group.every((member) => !member.running())) {
          process.stderr.write(`no ${group === apis ? 'API process' : 'worker'} is left: stopping\n`);
          void stopAll(1);
        }
      });
    }
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
