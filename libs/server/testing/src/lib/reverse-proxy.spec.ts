import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_PROXY_LOCATION, API_PROXY_UPGRADE_MAP, nginxConfig } from './reverse-proxy';

const root = join(__dirname, '..', '..', '..', '..', '..');

describe('the reverse proxy in front of the API', () => {
  const config = nginxConfig({ port: 8123, upstreams: [8124, 8125], prefix: '/run/proxy', tempPaths: ['client_body_temp_path', 'proxy_temp_path'] });

  it('listens on loopback only, and spreads requests over every API port', () => {
    expect(config).toContain('listen 127.0.0.1:8123;');
    expect(config).toContain('server 127.0.0.1:8124 ');
    expect(config).toContain('server 127.0.0.1:8125 ');
    expect(config).toContain('daemon off;');
  });

  it('keeps every file of its own in its folder', () => {
    const paths = config.match(/ \/[^\s;]+/g) ?? [];
    // pid, error log, access log and the two folders for temporary files.
    expect(paths).toHaveLength(5);
    expect(paths.every((path) => path.startsWith(' /run/proxy/'))).toBe(true);
  });

  it('replaces the X-Forwarded-For a client sends with its real address', () => {
    expect(API_PROXY_LOCATION).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(API_PROXY_LOCATION).not.toContain('$proxy_add_x_forwarded_for');
  });

  it('is the same proxy in the compose file’s scale profile', () => {
    const docker = readFileSync(join(root, 'docker', 'nginx.conf'), 'utf8');
    expect(docker).toContain(API_PROXY_UPGRADE_MAP);
    expect(docker).toContain(API_PROXY_LOCATION);
  });
});
