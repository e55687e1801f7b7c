import { serverAudits, type AuditResult } from 'graphql-http';
import { createTestDatabase, startTestApi, type TestApi, type TestDatabase } from '@doorbraak/server-testing';

// The GraphQL-over-HTTP audit suite that ships with graphql-http, against the running API.
describe('the GraphQL-over-HTTP audits (graphql-http serverAudits)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let results: AuditResult[];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db.appUrl, { config: { nodeEnv: 'development' } });
    const audits = serverAudits({ url: () => `${api.url}/graphql` });
    results = [];
    for (const audit of audits) {
      results.push(await audit.fn());
    }
  });

  afterAll(async () => {
    await api?.app.close();
    await db?.drop();
  });

  const level = (level: 'MUST' | 'SHOULD' | 'MAY') => results.filter((result) => result.name.startsWith(`${level} `));

  it('passes every MUST audit', () => {
    const must = level('MUST');
    expect(must.length).toBeGreaterThan(10);
    expect(must.filter((result) => result.status !== 'ok').map((result) => `${result.id} ${result.name}`)).toEqual([]);
  });

  it('reports how many SHOULD and MAY audits pass', () => {
    const summary = (['MUST', 'SHOULD', 'MAY'] as const).map((name) => {
      const all = level(name);
      return `${name} ${all.filter((result) => result.status === 'ok').length}/${all.length}`;
    });
    const failedShould = level('SHOULD')
      .filter((result) => result.status !== 'ok')
      .map((result) => `  ${result.id} ${result.name}`);
    process.stdout.write(`graphql-http audits: ${summary.join(', ')}\n${failedShould.join('\n')}\n`);
    expect(level('SHOULD').length).toBeGreaterThan(0);
  });

  it('serves GraphiQL in development, with no content security policy to block it', async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/GraphiQL/);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('tells every cache on the way not to keep an answer, a refusal included', async () => {
    const post = (query: string) =>
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    for (const response of [await post('{ __typename }'), await post('{ me { id } }'), await post('{ nope }')]) {
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });
});
