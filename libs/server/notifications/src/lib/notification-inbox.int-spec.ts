import type { INestApplication } from '@nestjs/common';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, graphqlRequest, signIn, startTestApi, type TestDatabase } from '@doorbraak/server-testing';

const DIRECTOR = 'programmadirecteur.rotterdam-zuid@demo.doorbraak.nl';
const INBOX = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;

type Inbox = { notifications: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe("a person's notifications over the API", () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  let token: string;
  let personId: string;

  // Every id of the inbox, following the cursors page by page.
  const allPages = async (first: number, unreadOnly = false): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { notifications }: Inbox = await graphqlData<Inbox>(url, INBOX, { first, after, unreadOnly }, { token });
      ids.push(...notifications.edges.map((edge) => edge.node.id));
      if (!notifications.pageInfo.hasNextPage) return ids;
      after = notifications.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    ({ app, url } = await startTestApi(db.appUrl));
    [{ id: personId }] = await db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [DIRECTOR]);
    // More than two pages, many written in the same instant, a third of them read.
    await db.dataSource.query(
      `INSERT INTO notification (recipient_id, kind, dedupe_key, message, created_at, read_at)
       SELECT $1, 'ESCALATED', 'paging-' || n, 'Melding ' || n, now() - (n % 10) * interval '1 minute', CASE WHEN n % 3 = 0 THEN now() END
         FROM generate_series(1, 230) AS n`,
      [personId],
    );
    token = (await signIn(url, DIRECTOR)).token;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('pages through the whole inbox newest first, without gaps or duplicates', async () => {
    const expected: { id: string }[] = await db.dataSource.query(`SELECT id FROM notification WHERE recipient_id = $1 ORDER BY created_at DESC, id DESC`, [personId]);
    expect(expected.length).toBeGreaterThanOrEqual(230);
    expect(await allPages(100)).toEqual(expected.map((row) => row.id));
    expect(await allPages(17)).toEqual(expected.map((row) => row.id));
  });

  it('pages through the unread ones only when asked', async () => {
    const expected: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM notification WHERE recipient_id = $1 AND read_at IS NULL ORDER BY created_at DESC, id DESC`,
      [personId],
    );
    expect(expected.length).toBeGreaterThan(100);
    expect(await allPages(40, true)).toEqual(expected.map((row) => row.id));
  });

  it('refuses more than 100 per page and a cursor it did not give out, with a coded error', async () => {
    const tooMany = await graphqlRequest(url, INBOX, { first: 101 }, { token });
    expect(tooMany.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
    const bogus = await graphqlRequest(url, INBOX, { first: 10, after: 'bm9wZQ' }, { token });
    expect(bogus.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });
});
