import { createTestDatabase, startTestApi, type TestApi, type TestDatabase } from '@doorbraak/server-testing';

// Its own file: passport strategies are process-wide, so one API per test file.
describe('GET /health', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  const withApi = async (redisUrl: string | undefined, check: (api: TestApi) => Promise<void>) => {
    const api = await startTestApi(db.appUrl, { config: redisUrl ? { redisUrl } : {} });
    try {
      await check(api);
    } finally {
      await api.app.close();
    }
  };

  it('answers 200 when PostgreSQL and Redis answer', () =>
    withApi(undefined, async ({ url }) => {
      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
    }));

  it('answers 503 when Redis does not answer', () =>
    withApi('redis://127.0.0.1:1', async ({ url }) => {
      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', postgres: 'up', redis: 'down' });
    }));
});
