import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, errorCode, graphqlRequest, signIn, startTestApi, type GraphqlResponse, type TestApi, type TestDatabase } from '@doorbraak/server-testing';
import { GRAPHQL_LIMITS } from '@doorbraak/server-app';

type RawResult = { status: number; contentType: string | null; body: GraphqlResponse<Record<string, unknown>>; setCookie: string[] };

const LOGIN = 'mutation { login(email: "coordinator@demo.doorbraak.nl", password: "doorbraak") { accessToken } }';
const AUDIT_PAGE = 'auditEntries(first: 100) { totalCount nodes { id actorId operation entityType entityId before after requestId at } }';

// The endpoint as it runs in production: introspection and GraphiQL off, errors masked.
describe('the GraphQL endpoint in production mode', () => {
  let db: TestDatabase;
  let api: TestApi;
  let token: string;

  const post = async (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<RawResult> => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: (await response.json()) as GraphqlResponse<Record<string, unknown>>,
      setCookie: response.headers.getSetCookie(),
    };
  };

  const loginCount = async (): Promise<number> => {
    const [{ count }]: { count: string }[] = await db.dataSource.query(`SELECT count(*) FROM audit_entry WHERE operation = 'login'`);
    return Number(count);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    api = await startTestApi(db.appUrl, { config: { nodeEnv: 'production' } });
    ({ token } = await signIn(api.url, 'coordinator@demo.doorbraak.nl'));
  });

  afterAll(async () => {
    await api?.app.close();
    await db?.drop();
  });

  describe('limits on documents, each refused with 400 and a stable code', () => {
    const expectRejected = (result: { status: number; body: GraphqlResponse<unknown> }, code: string, reason: string) => {
      expect(result.status).toBe(400);
      expect(result.body.data).toBeUndefined();
      expect(result.body.errors?.[0].extensions).toEqual(expect.objectContaining({ code, reason }));
    };

    it('refuses 100 aliases with 400, not 500 (graphql-armor’s token limit used to answer 500)', async () => {
      const small = Array.from({ length: 100 }, (_, index) => `a${index}: __typename`).join(' ');
      expectRejected(await graphqlRequest(api.url, `{ ${small} }`), 'GRAPHQL_VALIDATION_FAILED', 'MAX_ALIASES');
      // Long enough to pass the token limit: this document got the 500.
      const long = Array.from({ length: 100 }, (_, index) => `a${index}: focusArea(slug: "x") { slug name }`).join(' ');
      expectRejected(await graphqlRequest(api.url, `{ ${long} }`), 'GRAPHQL_PARSE_FAILED', 'MAX_TOKENS');
    });

    it(`allows ${GRAPHQL_LIMITS.maxAliases} aliases`, async () => {
      const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases }, (_, index) => `a${index}: __typename`).join(' ');
      const result = await graphqlRequest(api.url, `{ ${aliases} }`);
      expect(result.status).toBe(200);
      expect(result.body.errors).toBeUndefined();
    });

    it(`refuses a document nested deeper than ${GRAPHQL_LIMITS.maxDepth}`, async () => {
      const deep = '{ focusAreas { alliance { partners { alliance { partners { alliance { partners { alliance { partners { name } } } } } } } } } }';
      expectRejected(await graphqlRequest(api.url, deep, {}, { token }), 'GRAPHQL_VALIDATION_FAILED', 'MAX_DEPTH');
    });

    it('counts the fields a fragment brings in at their own depth, so fragments hide no nesting', async () => {
      const deep = `{ focusAreas { alliance { ...Deeper } } }
        fragment Deeper on Alliance { partners { alliance { partners { alliance { partners { alliance { partners { name } } } } } } } }`;
      expectRejected(await graphqlRequest(api.url, deep, {}, { token }), 'GRAPHQL_VALIDATION_FAILED', 'MAX_DEPTH');
    });

    it('refuses a document that costs too much, and allows three full audit pages', async () => {
      const three = await graphqlRequest(api.url, `{ a: ${AUDIT_PAGE} b: ${AUDIT_PAGE} c: ${AUDIT_PAGE} }`, {}, { token });
      expect(three.body.errors).toBeUndefined();
      expectRejected(
        await graphqlRequest(api.url, `{ a: ${AUDIT_PAGE} b: ${AUDIT_PAGE} c: ${AUDIT_PAGE} d: ${AUDIT_PAGE} }`, {}, { token }),
        'GRAPHQL_VALIDATION_FAILED',
        'MAX_COST',
      );
    });

    it(`refuses more than ${GRAPHQL_LIMITS.maxDirectives} directives`, async () => {
      // Inline fragments, so neither aliases nor a repeated directive on one field interfere.
      const fields = Array.from({ length: GRAPHQL_LIMITS.maxDirectives + 1 }, () => '... @include(if: true) { __typename }');
      const result = await graphqlRequest(api.url, `{ ${fields.join(' ')} }`);
      expectRejected(result, 'GRAPHQL_VALIDATION_FAILED', 'MAX_DIRECTIVES');
    });

    it(`refuses a document of more than ${GRAPHQL_LIMITS.maxTokens} tokens`, async () => {
      const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => '__typename').join(' ');
      expectRejected(await graphqlRequest(api.url, `{ ${fields} }`), 'GRAPHQL_PARSE_FAILED', 'MAX_TOKENS');
    });

    it('refuses batched operations', async () => {
      const batch = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
      expectRejected(batch, 'BAD_REQUEST', 'BATCHING_DISABLED');
    });
  });

  describe('the request itself', () => {
    it('refuses a body over 100kb with 413 and a JSON error', async () => {
      const result = await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(110 * 1024) } }));
      expect(result.status).toBe(413);
      expect(result.contentType).toMatch(/^application\/json/);
      expect(result.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses a persisted query whose hash does not match with 400 BAD_REQUEST, never INTERNAL_SERVER_ERROR', async () => {
      const result = await post(JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }));
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    });

    it('refuses a body that is not JSON with 400 and a JSON error', async () => {
      const result = await post('{"query": "{ __typename }"');
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    });

    it('refuses the content types a cross-site form can send, without running the mutation', async () => {
      const before = await loginCount();
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const result = await post(JSON.stringify({ query: LOGIN }), { 'content-type': contentType });
        expect(result.status).toBe(400);
        expect(result.body.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_REQUEST', reason: 'CSRF_PREFLIGHT_REQUIRED' }));
        expect(result.setCookie).toEqual([]);
      }
      expect(await loginCount()).toBe(before);
    });

    it('never runs a mutation sent by GET, even with a preflight header', async () => {
      const before = await loginCount();
      const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent(LOGIN)}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(405);
      expect(((await response.json()) as GraphqlResponse<unknown>).errors?.[0].extensions?.code).toBe('BAD_REQUEST');
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(await loginCount()).toBe(before);
    });

    it('refuses a GET query without a header that forces a preflight', async () => {
      const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as GraphqlResponse<unknown>).errors?.[0].extensions?.['reason']).toBe('CSRF_PREFLIGHT_REQUIRED');
    });

    it('sends the security headers, with a content security policy', async () => {
      const response = await fetch(`${api.url}/health`);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('what production does not show', () => {
    it('has introspection off', async () => {
      const result = await graphqlRequest(api.url, '{ __schema { queryType { name } } }');
      expect(result.status).toBe(400);
      expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.body.data).toBeUndefined();
    });

    it('serves no GraphiQL', async () => {
      const response = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(response.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(await response.text()).not.toMatch(/graphiql/i);
    });

    it('hides field suggestions', async () => {
      const result = await graphqlRequest(api.url, '{ focusAreas { slugg } }');
      expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.body.errors?.[0].message).not.toMatch(/Did you mean/);
    });

    it('answers an internal error with a generic message, code INTERNAL_SERVER_ERROR, and no stack or SQL', async () => {
      const [{ id }]: { id: string }[] = await db.dataSource.query(`SELECT id FROM alliance ORDER BY slug LIMIT 1`);
      // The application role loses its grant on one table: the resolver's query fails inside PostgreSQL.
      await db.dataSource.query('REVOKE SELECT ON partner FROM doorbraak_app');
      try {
        const result = await graphqlRequest(api.url, 'query ($id: ID!) { partners(allianceId: $id) { name } }', { id }, { token });
        expect(result.body.errors).toEqual([
          {
            message: 'Something went wrong on our side. Try again later.',
            locations: [{ line: 1, column: 20 }],
            path: ['partners'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ]);
        expect(JSON.stringify(result.body)).not.toMatch(/permission|SELECT|stack|QueryFailedError/i);
      } finally {
        await db.dataSource.query('GRANT SELECT ON partner TO doorbraak_app');
      }
    });

    it('gives every error a stable code', async () => {
      const results = await Promise.all([
        graphqlRequest(api.url, '{ alliances { id } }'),
        graphqlRequest(api.url, '{ focusArea(slug: "atlantis") { name } }'),
        graphqlRequest(api.url, '{ focusAreas { '),
        graphqlRequest(api.url, 'query ($id: ID!) { alliance(id: $id) { name } }', {}, { token }),
        graphqlRequest(api.url, '{ alliance(id: "x") { name } }', {}, { token }),
      ]);
      expect(results.map(errorCode)).toEqual([
        'UNAUTHENTICATED',
        'NOT_FOUND',
        'GRAPHQL_PARSE_FAILED',
        'BAD_USER_INPUT',
        'BAD_USER_INPUT',
      ]);
    });
  });
});
