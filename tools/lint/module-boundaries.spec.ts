import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The module-boundary rule only runs where Nx has a project graph; on a fresh clone it silently skips
// itself. `npm run lint` builds the graph first; this spec checks that the configuration then refuses
// the imports the architecture forbids.
const ROOT = join(__dirname, '..', '..');

const bin = (name: string): string => join(ROOT, 'node_modules', '.bin', name);

// Lints `code` as if it were the file at `filePath`, through the project's own configuration.
const lint = async (filePath: string, code: string): Promise<string[]> => {
  const run = spawnSync(bin('eslint'), ['--format', 'json', '--stdin', '--stdin-filename', filePath], { cwd: ROOT, input: code, encoding: 'utf8' });
  expect(run.stderr).not.toContain('will be skipped');
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'fatal'}: ${message.message}`);
};

describe('module boundaries', () => {
  beforeAll(() => {
    // As `npm run lint` does: compute the project graph, which the boundary rule reads from Nx's cache.
    expect(spawnSync(bin('nx'), ['show', 'projects'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } }).status).toBe(0);
  }, 120_000);

  it('refuses a domain import of a server library', async () => {
    const messages = await lint('libs/domain/src/lib/boundary-probe.ts', "import { APP_CONFIG } from '@doorbraak/server-core';\nexport const probe = APP_CONFIG;\n");
    // The server library imports the domain, so the rule names the cycle before it checks the tags.
    expect(messages).toEqual([
      expect.stringMatching(
        /^@nx\/enforce-module-boundaries: (A project tagged with "scope:shared" can only depend on libs tagged with "scope:shared"|Circular dependency between "domain" and "server-core")/,
      ),
    ]);
  });

  it('refuses a domain import of NestJS', async () => {
    const messages = await lint('libs/domain/src/lib/boundary-probe.ts', "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n");
    expect(messages.some((message) => message.includes('@nestjs/common'))).toBe(true);
  });

  it('refuses a web library import of a server library', async () => {
    const messages = await lint('libs/web/ui/src/lib/boundary-probe.ts', "import { APP_CONFIG } from '@doorbraak/server-core';\nexport const probe = APP_CONFIG;\n");
    expect(messages).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: A project tagged with "scope:web" can only depend on libs tagged with "scope:web"/)]);
  });

  it('accepts a domain file that imports only the domain', async () => {
    expect(await lint('libs/domain/src/lib/boundary-probe.ts', "import { can } from './policy';\nexport const probe = can;\n")).toEqual([]);
  });

  // One owner per write: escalation reaches agendas and notifications through ports only.
  const WRITES = [
    "import type { EntityManager } from 'typeorm';",
    "import { AgendaItemEntity } from '@doorbraak/server-data';",
    'export const probe = async (manager: EntityManager, id: string): Promise<void> => {',
    "  await manager.query('INSERT INTO agenda_item (meeting_id) VALUES ($1)', [id]);",
    '  await manager.query(`INSERT INTO notification (recipient_id) VALUES ($1)`, [id]);',
    '  await manager.insert(AgendaItemEntity, { meetingId: id });',
    '};',
    '',
  ].join('\n');

  it("refuses a write to another context's tables, in SQL or through its entity", async () => {
    const messages = await lint('libs/server/escalation/src/lib/boundary-probe.ts', WRITES);
    expect(messages).toHaveLength(3);
    expect(messages.every((message) => message.startsWith('no-restricted-syntax: This ') && message.includes('belongs to another context'))).toBe(true);
  });

  it('accepts the same writes in the context that owns the tables', async () => {
    expect(await lint('libs/server/meetings/src/lib/boundary-probe.ts', WRITES)).toEqual([]);
  });
});
