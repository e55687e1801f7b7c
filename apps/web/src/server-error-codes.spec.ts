import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_CODES } from '@doorbraak/web-data-access';

// The web shows a person a text per error code, never the API's message; so every code and reason the
// server can send must be in ERROR_CODES (whose texts translations.spec checks). This reads the server's
// source as text, because the web may not import it.
const ROOT = join(__dirname, '..', '..', '..');
const SERVER_SOURCES = ['apps/api/src', 'apps/worker/src', 'libs/server', 'libs/domain/src'];

// UPPER_SNAKE string literals that are results inside the server, never sent to a client.
const NOT_SENT = new Set([
  // Outcomes of an escalation job (LadderService.applyDue), logged by the worker.
  'APPLIED',
  'STATE_MOVED_ON',
  'RESCHEDULED',
  'NOTHING_DUE',
]);

const sourceFiles = (directory: string): string[] =>
  readdirSync(join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'testing' || entry.name === 'seed' ? [] : sourceFiles(path);
    }
    return entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name) ? [path] : [];
  });

const LITERAL = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)'/g;
const literals = (text: string): string[] => [...text.matchAll(LITERAL)].map((match) => match[1]);

// Where a code or reason is named: the union types and lists of error codes, and every `code` or
// `reason` given a literal (an extensions object, a JSON body, a filter's mapping).
export const sentCodes = (source: string): string[] => {
  const codes: string[] = [];
  for (const match of source.matchAll(/type \w*(?:ErrorCode|ErrorReason|ProblemReason|RejectionReason)\s*=([^;]*);/g)) {
    codes.push(...literals(match[1]));
  }
  for (const match of source.matchAll(/\w*_ERROR_CODES\s*=\s*\[([^\]]*)\]/g)) {
    codes.push(...literals(match[1]));
  }
  for (const match of source.matchAll(/\b(?:code|reason)\b\??\s*(?::|=(?!=))[^,;\n}]*/g)) {
    codes.push(...literals(match[0]));
  }
  // A filter's switch from the domain code to the GraphQL one.
  for (const match of source.matchAll(/const graphqlCode = [\s\S]*?\n};/g)) {
    codes.push(...[...match[0].matchAll(/return '([A-Z_]+)'/g)].map((found) => found[1]));
  }
  return codes.filter((code) => !NOT_SENT.has(code));
};

describe('the error codes the server sends', () => {
  const found = new Map<string, string>();
  for (const file of SERVER_SOURCES.flatMap(sourceFiles)) {
    for (const code of sentCodes(readFileSync(join(ROOT, file), 'utf8'))) {
      if (!found.has(code)) {
        found.set(code, relative(ROOT, join(ROOT, file)));
      }
    }
  }

  it('finds the codes where the server names them', () => {
    expect(sentCodes("export type FooErrorCode = 'NOT_HERE' | 'GONE';")).toEqual(['NOT_HERE', 'GONE']);
    expect(sentCodes("new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', reason: known ? 'A_B' : 'C' } })")).toEqual([
      'BAD_REQUEST',
      'A_B',
      'C',
    ]);
    expect(sentCodes("const graphqlCode = (code: X): string => {\n  switch (code) {\n    case 'A':\n      return 'NOT_CONFIGURED';\n  }\n};")).toEqual([
      'NOT_CONFIGURED',
    ]);
    // Not a code: a rung or a status in a query.
    expect(sentCodes("const rung = 'ALLIANTIE'; where: `status = 'LOPEND'`")).toEqual([]);
    expect(found.size).toBeGreaterThan(40);
  });

  it('are every one in the web client’s ERROR_CODES, so each has a text in Dutch and English', () => {
    const known = new Set<string>(ERROR_CODES);
    const missing = [...found].filter(([code]) => !known.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });
});
