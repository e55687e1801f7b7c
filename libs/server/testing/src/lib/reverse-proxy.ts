// Debian's nginx as the reverse proxy in front of several API processes (npm run cluster, and the tests that
// run several), on loopback, with a config and files of its own in a temporary folder: no daemon, no system
// service, nothing outside that folder.
//
// What it does for the API:
//   * round robin over the given API ports (a process that refuses connections is skipped);
//   * GraphQL over HTTP and subscriptions over WebSocket (graphql-transport-ws on /graphql): the Upgrade
//     handshake is passed on, and an open subscription may stay quiet for an hour (proxy_read_timeout);
//   * X-Forwarded-For is set to the address of the connection nginx accepted, replacing whatever the
//     client sent: the API, run with TRUST_PROXY=1, counts sign-in attempts per real client, and a client
//     cannot name another address to get round the limit.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Proxy = {
  url: string;
  stop(): Promise<void>;
  // The requests nginx passed on so far, one line each: client, time, request, status, bytes, the API
  // process that answered (127.0.0.1:<port>) and the time taken.
  accessLog(): string;
};

export type ProxyOptions = {
  // Where the proxy listens, on 127.0.0.1.
  port: number;
  // The API processes' ports, on 127.0.0.1.
  upstreams: number[];
  // How long nginx may take to answer (default 10 s).
  startTimeoutMs?: number;
};

// How long a subscription may stay silent before nginx closes it (the web client then reconnects).
export const SUBSCRIPTION_IDLE_SECONDS = 3600;

// Debian installs nginx in /usr/sbin, which is not on every user's PATH.
export const nginxBinary = (): string | null => {
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim() : '';
  if (found) {
    return found;
  }
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null;
};

// The temporary-file folders this build of nginx has (`nginx -V`): each must be moved into our folder,
// or nginx would try to create them under /var/lib/nginx.
const tempPathDirectives = (binary: string): string[] => {
  const version = spawnSync(binary, ['-V'], { encoding: 'utf8' });
  const flags = `${version.stdout}${version.stderr}`;
  return ['client-body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .filter((name) => flags.includes(`--http-${name}-temp-path`))
    .map((name) => `${name.replace('-', '_')}_temp_path`);
};

// What every nginx in front of the API does, here and in docker/nginx.conf (a unit test holds that file to
// these lines): the WebSocket handshake passed on, the client's address, a long silence for subscriptions.
// What nginx itself accepts; the API's own limit (100 kB) is lower, so the API answers most oversized bodies.
export const PROXY_BODY_LIMIT = '1m';

export const API_PROXY_UPGRADE_MAP = `  # A WebSocket handshake keeps "Connection: upgrade"; every other request may reuse a kept-alive connection.
  map $http_upgrade $connection_upgrade {
    default upgrade;
    '' '';
  }`;

export const API_PROXY_LOCATION = `    # A body beyond the proxy's own limit is refused here, in the API's error shape rather than nginx's HTML page.
    error_page 413 = @payload_too_large;
    location @payload_too_large {
      default_type application/json;
      return 413 '{"errors":[{"message":"The request body is larger than ${PROXY_BODY_LIMIT}.","extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}';
    }

    location / {
      proxy_pass http://api;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $http_host;
      # Replaced, never appended to: the client's own X-Forwarded-For could name any address.
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout ${SUBSCRIPTION_IDLE_SECONDS}s;
      proxy_send_timeout ${SUBSCRIPTION_IDLE_SECONDS}s;
      # A process that is down or restarting: try the other one. A POST is passed on only when it never
      # reached the first (nginx's default), so no mutation runs twice.
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
    }`;

export const nginxConfig = (options: { port: number; upstreams: readonly number[]; prefix: string; tempPaths: readonly string[] }): string => {
  const { port, upstreams, prefix, tempPaths } = options;
  return `# Written for one run; the folder it lives in is removed afterwards.
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;

events {
  worker_connections 1024;
}

http {
  # Which API process answered, and how long it took.
  log_format upstream '$remote_addr [$time_local] "$request" $status $body_bytes_sent $upstream_addr $request_time';
  access_log ${prefix}/access.log upstream;
${tempPaths.map((directive) => `  ${directive} ${prefix}/${directive.replace('_temp_path', '')};`).join('\n')}
  server_tokens off;
  # The API refuses GraphQL bodies over 100 kB with a coded error; let those reach it.
  client_max_body_size ${PROXY_BODY_LIMIT};

  upstream api {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 32;
    # Shorter than Node's own 5 s, so nginx never reuses a connection the API is just closing.
    keepalive_timeout 4s;
  }

${API_PROXY_UPGRADE_MAP}

  server {
    listen 127.0.0.1:${port};

${API_PROXY_LOCATION}
  }
}
`;
};

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

// Starts nginx in front of the given API ports and resolves once it answers HTTP on `port` (whatever the
// APIs behind it answer: the caller waits for those itself).
export const startProxy = async (options: ProxyOptions): Promise<Proxy> => {
  if (options.upstreams.length === 0) {
    throw new Error('startProxy needs at least one upstream port');
  }
  const binary = nginxBinary();
  if (!binary) {
    throw new Error('nginx is not installed: run `bash scripts/ensure-nginx.sh` (as root it installs Debian\'s nginx)');
  }
  const prefix = mkdtempSync(join(tmpdir(), 'doorbraak-proxy-'));
  // Started as root, nginx runs its workers as an unprivileged user, which must reach the folder.
  chmodSync(prefix, 0o755);
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(configFile, nginxConfig({ port: options.port, upstreams: options.upstreams, prefix, tempPaths: tempPathDirectives(binary) }));

  const child = spawn(binary, ['-p', `${prefix}/`, '-c', configFile, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const errorLog = (): string => {
    const file = join(prefix, 'error.log');
    return `${output}${existsSync(file) ? readFileSync(file, 'utf8').slice(-4000) : ''}`.trim();
  };

  const accessLog = (): string => {
    const file = join(prefix, 'access.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };

  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // TERM: a fast shutdown that closes open subscriptions at once (QUIT would wait for them).
        child.kill('SIGTERM');
        const killed = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited(child);
        clearTimeout(killed);
      }
      rmSync(prefix, { recursive: true, force: true });
    })();
    return stopped;
  };

  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 10_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const log = errorLog();
      await stop();
      throw new Error(`nginx stopped at start (${child.exitCode ?? child.signalCode}):\n${log}`);
    }
    try {
      // Any answer will do, even 502 while no API listens yet: nginx itself is up.
      await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      return { url, stop, accessLog };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      const log = errorLog();
      await stop();
      throw new Error(`nginx did not answer on ${url} within ${options.startTimeoutMs ?? 10_000} ms:\n${log}`);
    }
    await delay(50);
  }
};
