import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { ESCALATION_RUNGS, rungIndex, type EscalationRung } from '@doorbraak/domain';
import { createTestDatabase, type TestDatabase } from '@doorbraak/server-testing';
import { DEMO_PASSWORD, isEmptySeedSummary, seedDemoData, type SeedSummary } from './index';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
// A fixed moment, three weeks before the spring clock change, so upcoming meetings cross it.
const NOW = new Date('2026-03-09T10:00:00Z');

type TableState = Record<string, { rows: number; lastUpdate: string | null }>;

describe('seedDemoData', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let firstRun: SeedSummary;
  let secondRun: SeedSummary;
  let laterRun: SeedSummary;
  let afterFirstRun: TableState;
  let afterSecondRun: TableState;
  let afterLaterRun: TableState;

  const query = <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
    dataSource.query(sql, parameters);

  const tableState = async (): Promise<TableState> => {
    const tables = await query<{ table_name: string; has_updated_at: boolean }>(
      `SELECT t.table_name,
              EXISTS (SELECT 1 FROM information_schema.columns c
                       WHERE c.table_schema = 'public' AND c.table_name = t.table_name
                         AND c.column_name = 'updated_at') AS has_updated_at
         FROM information_schema.tables t
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> 'migrations'
        ORDER BY t.table_name`,
    );
    const state: TableState = {};
    for (const { table_name: table, has_updated_at: hasUpdatedAt } of tables) {
      const [row] = await query<{ rows: string; last_update: Date | null }>(
        `SELECT count(*) AS rows, ${hasUpdatedAt ? 'max(updated_at)' : 'NULL::timestamptz'} AS last_update FROM "${table}"`,
      );
      state[table] = { rows: Number(row.rows), lastUpdate: row.last_update ? row.last_update.toISOString() : null };
    }
    return state;
  };

  beforeAll(async () => {
    // A database of its own on the project's PostgreSQL, migrated like a fresh install.
    db = await createTestDatabase();
    dataSource = db.dataSource;
    firstRun = await seedDemoData(dataSource, { now: NOW });
    afterFirstRun = await tableState();
    secondRun = await seedDemoData(dataSource, { now: NOW });
    afterSecondRun = await tableState();
    // A month later the demo dates would differ; the natural keys still say everything is there.
    laterRun = await seedDemoData(dataSource, { now: new Date(NOW.getTime() + 30 * 24 * 3600 * 1000) });
    afterLaterRun = await tableState();
  }, 120_000);

  afterAll(async () => {
    await db?.drop();
  }, 60_000);

  it('loads the 20 focus areas with their 1,114,833 inhabitants', async () => {
    const [row] = await query<{ areas: string; inhabitants: string }>(
      'SELECT count(*) AS areas, sum(inhabitants) AS inhabitants FROM focus_area',
    );
    expect(Number(row.areas)).toBe(20);
    expect(Number(row.inhabitants)).toBe(1_114_833);
    expect(firstRun.focusAreas).toBe(20);
  });

  it('gives every focus area one alliance, chaired by its mayor, with partners and a rijksvertegenwoordiger', async () => {
    const alliances = await query<{ slug: string; chair_email: string; partners: string; rijksvertegenwoordigers: string }>(
      `SELECT a.slug, chair.email AS chair_email,
              (SELECT count(*) FROM partner p WHERE p.alliance_id = a.id) AS partners,
              (SELECT count(*) FROM rijksvertegenwoordiger_assignment ra WHERE ra.alliance_id = a.id) AS rijksvertegenwoordigers
         FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id AND f.slug = a.slug
         JOIN person chair ON chair.id = a.chair_id`,
    );
    expect(alliances).toHaveLength(20);
    for (const alliance of alliances) {
      expect(alliance.chair_email).toBe(`burgemeester.${alliance.slug}@demo.doorbraak.nl`);
      expect(Number(alliance.partners)).toBeGreaterThan(0);
      expect(Number(alliance.rijksvertegenwoordigers)).toBe(1);
    }
    const [zaandam] = await query<{ name: string }>(`SELECT name FROM alliance WHERE slug = 'zaandam-oost'`);
    expect(zaandam.name).toBe('Pact Zaandam Oost');
  });

  it('creates the 82 demo accounts with their roles and one shared argon2id password hash', async () => {
    const accounts = await query<{ email: string; role: string; alliance_slug: string | null }>(
      `SELECT p.email, m.role, a.slug AS alliance_slug
         FROM person p JOIN membership m ON m.person_id = p.id LEFT JOIN alliance a ON a.id = m.alliance_id
        WHERE p.email LIKE '%@demo.doorbraak.nl'`,
    );
    expect(new Set(accounts.map((account) => account.email)).size).toBe(82);
    const roleOf = new Map(accounts.map((account) => [account.email, account]));
    expect(roleOf.get('coordinator@demo.doorbraak.nl')).toEqual({
      email: 'coordinator@demo.doorbraak.nl',
      role: 'NATIONAL_COORDINATOR',
      alliance_slug: null,
    });
    expect(roleOf.get('admin@demo.doorbraak.nl')?.role).toBe('ADMIN');
    const slugs = (await query<{ slug: string }>('SELECT slug FROM alliance')).map((row) => row.slug);
    const expected: [string, string][] = [
      ['programmadirecteur', 'PROGRAMME_DIRECTOR'],
      ['burgemeester', 'MAYOR'],
      ['rijksvertegenwoordiger', 'RIJKSVERTEGENWOORDIGER'],
      ['partner', 'PARTNER_MEMBER'],
    ];
    for (const slug of slugs) {
      for (const [prefix, role] of expected) {
        expect(roleOf.get(`${prefix}.${slug}@demo.doorbraak.nl`)).toEqual({
          email: `${prefix}.${slug}@demo.doorbraak.nl`,
          role,
          alliance_slug: slug,
        });
      }
    }
    const hashes = await query<{ password_hash: string }>(
      `SELECT DISTINCT password_hash FROM person WHERE email LIKE '%@demo.doorbraak.nl'`,
    );
    expect(hashes).toHaveLength(1);
    expect(hashes[0].password_hash.startsWith('$argon2id$')).toBe(true);
    expect(await argon2.verify(hashes[0].password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('makes each partner member the representative of a partner of their own alliance', async () => {
    const [row] = await query<{ represented: string }>(
      `SELECT count(*) AS represented
         FROM partner_representative pr
         JOIN partner p ON p.id = pr.partner_id
         JOIN alliance a ON a.id = p.alliance_id
         JOIN person person ON person.id = pr.person_id AND person.email = 'partner.' || a.slug || '@demo.doorbraak.nl'`,
    );
    expect(Number(row.represented)).toBe(20);
  });

  it('puts vastlopers on all five rungs and in every working status', async () => {
    const rungs = await query<{ rung: EscalationRung }>('SELECT DISTINCT rung FROM vastloper');
    expect(rungs.map((row) => row.rung).sort()).toEqual([...ESCALATION_RUNGS].sort());
    const statuses = (await query<{ status: string }>('SELECT DISTINCT status FROM vastloper')).map((row) => row.status);
    expect(statuses).toEqual(expect.arrayContaining(['OPEN', 'IN_BEHANDELING', 'GEPARKEERD', 'OPGELOST']));
  });

  it('leaves some open vastlopers due for escalation and others not yet', async () => {
    const [row] = await query<{ due: string; waiting: string; open_without_clock: string }>(
      `SELECT count(*) FILTER (WHERE next_escalation_at <= $1) AS due,
              count(*) FILTER (WHERE next_escalation_at > $1) AS waiting,
              count(*) FILTER (WHERE next_escalation_at IS NULL) AS open_without_clock
         FROM vastloper WHERE status IN ('OPEN', 'IN_BEHANDELING')`,
      [NOW],
    );
    expect(Number(row.due)).toBeGreaterThan(0);
    expect(Number(row.waiting)).toBeGreaterThan(0);
    expect(Number(row.open_without_clock)).toBe(0);
  });

  it('records one STALLED event per rung climbed, in order, ending where the item entered its rung', async () => {
    const vastlopers = await query<{ id: string; rung: EscalationRung; rung_entered_at: Date; created_at: Date }>(
      'SELECT id, rung, rung_entered_at, created_at FROM vastloper',
    );
    type ClimbRow = { vastloper_id: string; from_rung: EscalationRung; to_rung: EscalationRung; at: Date; actor_id: string | null };
    const events = await query<ClimbRow>(
      `SELECT vastloper_id, from_rung, to_rung, at, actor_id FROM escalation_event
        WHERE cause = 'STALLED' AND vastloper_id IS NOT NULL ORDER BY at`,
    );
    for (const vastloper of vastlopers) {
      const climbs = events.filter((event) => event.vastloper_id === vastloper.id);
      expect(climbs.map((event) => event.to_rung)).toEqual(ESCALATION_RUNGS.slice(1, rungIndex(vastloper.rung) + 1));
      const oneStepBySystem = (event: ClimbRow): boolean =>
        event.actor_id === null && rungIndex(event.to_rung) === rungIndex(event.from_rung) + 1;
      expect(climbs.every(oneStepBySystem)).toBe(true);
      const enteredAt = climbs.length > 0 ? climbs[climbs.length - 1].at : vastloper.created_at;
      expect(vastloper.rung_entered_at.getTime()).toBe(enteredAt.getTime());
    }
  });

  it('links each resolved vastloper to the doorbraak that resolved it', async () => {
    const resolved = await query<{ linked: boolean; resolved_event: boolean; achieved: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM doorbraak_vastloper dv
                       WHERE dv.vastloper_id = v.id AND dv.doorbraak_id = v.resolved_by_doorbraak_id) AS linked,
              EXISTS (SELECT 1 FROM escalation_event e WHERE e.vastloper_id = v.id AND e.cause = 'RESOLVED') AS resolved_event,
              EXISTS (SELECT 1 FROM doorbraak d WHERE d.id = v.resolved_by_doorbraak_id AND d.status = 'BEREIKT') AS achieved
         FROM vastloper v WHERE v.status = 'OPGELOST'`,
    );
    expect(resolved.length).toBeGreaterThan(0);
    expect(resolved.every((row) => row.linked && row.resolved_event && row.achieved)).toBe(true);
  });

  it('keeps organised-crime knelpunten confidential', async () => {
    const rows = await query<{ confidential: boolean }>(
      `SELECT confidential FROM vastloper WHERE title ILIKE '%ondermijning%' OR title ILIKE '%drugscriminelen%'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.confidential)).toBe(true);
  });

  it('gives every alliance held and upcoming alliance meetings at 14:00 Amsterdam time', async () => {
    const alliances = await query<{ past: string; upcoming: string; not_at_two: string }>(
      `SELECT count(*) FILTER (WHERE m.scheduled_at <= $1) AS past,
              count(*) FILTER (WHERE m.scheduled_at > $1) AS upcoming,
              count(*) FILTER (WHERE to_char(m.scheduled_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') <> '14:00') AS not_at_two
         FROM alliance a JOIN meeting m ON m.alliance_id = a.id AND m.type = 'ALLIANTIE' AND m.series_id IS NOT NULL
        GROUP BY a.id`,
      [NOW],
    );
    expect(alliances).toHaveLength(20);
    for (const alliance of alliances) {
      expect(Number(alliance.past)).toBeGreaterThan(0);
      expect(Number(alliance.upcoming)).toBeGreaterThan(0);
      expect(Number(alliance.not_at_two)).toBe(0);
    }
  });

  it('plans exactly two national doorbraakoverleggen, one held and one ahead', async () => {
    const meetings = await query<{ status: string; alliance_id: string | null; scheduled_at: Date }>(
      `SELECT status, alliance_id, scheduled_at FROM meeting WHERE type = 'DOORBRAAKOVERLEG' ORDER BY scheduled_at`,
    );
    expect(meetings.map((meeting) => [meeting.status, meeting.alliance_id])).toEqual([
      ['HELD', null],
      ['DRAFT', null],
    ]);
    expect(meetings[0].scheduled_at < NOW && meetings[1].scheduled_at > NOW).toBe(true);
  });

  it('puts every open vastloper at a meeting rung on the agenda of that rung’s next meeting', async () => {
    const [row] = await query<{ waiting: string; on_agenda: string }>(
      `WITH next_meeting AS (
         SELECT DISTINCT ON (type, alliance_id) id, type, alliance_id FROM meeting
          WHERE scheduled_at > $1 ORDER BY type, alliance_id, scheduled_at)
       SELECT count(*) AS waiting, count(ai.id) AS on_agenda
         FROM vastloper v
         JOIN next_meeting n
           ON n.type = v.rung AND (n.alliance_id = v.alliance_id OR (v.rung = 'DOORBRAAKOVERLEG' AND n.alliance_id IS NULL))
         LEFT JOIN agenda_item ai
           ON ai.meeting_id = n.id AND ai.vastloper_id = v.id AND ai.kind = 'ESCALATION' AND ai.source = 'ESCALATION'
        WHERE v.status IN ('OPEN', 'IN_BEHANDELING') AND v.rung IN ('ALLIANTIE', 'DOORBRAAKOVERLEG')`,
      [NOW],
    );
    expect(Number(row.waiting)).toBeGreaterThan(0);
    expect(Number(row.on_agenda)).toBe(Number(row.waiting));
  });

  it('numbers every agenda 1..n without gaps', async () => {
    const [row] = await query<{ gaps: string }>(
      `SELECT count(*) AS gaps FROM (
         SELECT meeting_id FROM agenda_item GROUP BY meeting_id HAVING max(position) <> count(*) OR min(position) <> 1) g`,
    );
    expect(Number(row.gaps)).toBe(0);
  });

  it('records decisions on held meetings and action items, some overdue and some commitments', async () => {
    const [decisions] = await query<{ on_unheld: string; total: string }>(
      `SELECT count(*) FILTER (WHERE m.status NOT IN ('HELD', 'MINUTES_APPROVED')) AS on_unheld, count(*) AS total
         FROM decision d JOIN meeting m ON m.id = d.meeting_id`,
    );
    expect(Number(decisions.total)).toBeGreaterThan(0);
    expect(Number(decisions.on_unheld)).toBe(0);
    const [actions] = await query<{ overdue: string; commitments: string }>(
      `SELECT count(*) FILTER (WHERE status = 'OPEN' AND due_date < $1::date) AS overdue,
              count(*) FILTER (WHERE kind = 'COMMITMENT') AS commitments
         FROM action_item`,
      [NOW.toISOString().slice(0, 10)],
    );
    expect(Number(actions.overdue)).toBeGreaterThan(0);
    expect(Number(actions.commitments)).toBeGreaterThan(0);
  });

  it('bundles vastlopers of several areas into national dossiers on the booklet’s cross-area themes', async () => {
    const dossiers = await query<{ title: string; status: string; alliances: string; carried: string; notes: string }>(
      `SELECT d.title, d.status,
              (SELECT count(DISTINCT v.alliance_id) FROM dossier_membership m JOIN vastloper v ON v.id = m.vastloper_id
                WHERE m.dossier_id = d.id AND m.left_at IS NULL) AS alliances,
              (SELECT count(*) FROM dossier_membership m WHERE m.dossier_id = d.id AND m.left_at IS NULL) AS carried,
              (SELECT count(*) FROM dossier_note n WHERE n.dossier_id = d.id) AS notes
         FROM dossier d ORDER BY d.title`,
    );
    const byTitle = new Map(dossiers.map((row) => [row.title, row]));
    for (const title of ['Gegevensdeling tussen school, zorg en politie', 'Woningtoewijzing en huisvestingsregels']) {
      expect(byTitle.get(title)).toMatchObject({ status: 'OPEN' });
      expect(Number(byTitle.get(title)?.alliances)).toBeGreaterThanOrEqual(2);
      expect(Number(byTitle.get(title)?.notes)).toBeGreaterThan(0);
    }
    expect(byTitle.get('Onrendabele top bij sloop en nieuwbouw')).toMatchObject({ status: 'OPEN' });
    expect(byTitle.get('Armoedeval door vervallende toeslagen')).toMatchObject({ status: 'PROPOSED' });
    // The merged dossier keeps its lineage: closed into the survivor, its vastloper moved along.
    const [merged] = await query<{ survivor: string; moved: string }>(
      `SELECT s.title AS survivor, (SELECT count(*) FROM dossier_membership m WHERE m.from_dossier_id = d.id AND m.joined_via = 'MERGE') AS moved
         FROM dossier d JOIN dossier s ON s.id = d.merged_into_id
        WHERE d.title = 'Tijdelijke huurcontracten in vernieuwingswijken' AND d.status = 'CLOSED' AND d.outcome = 'MERGED_INTO'`,
    );
    expect(merged).toEqual({ survivor: 'Woningtoewijzing en huisvestingsregels', moved: '1' });
  });

  it('creates nothing on a second run: same rows, same last updates', () => {
    expect(isEmptySeedSummary(firstRun)).toBe(false);
    expect(secondRun).toEqual(Object.fromEntries(Object.keys(secondRun).map((key) => [key, 0])));
    expect(afterSecondRun).toEqual(afterFirstRun);
  });

  it('creates nothing when run again a month later', () => {
    expect(isEmptySeedSummary(laterRun)).toBe(true);
    expect(afterLaterRun).toEqual(afterFirstRun);
  });

  it('refuses to run with NODE_ENV=production, touching nothing', async () => {
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'libs/server/seed/src/cli.ts'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: db.url },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refusing to load demo data with NODE_ENV=production/);
    expect(result.stdout).toBe('');
    expect(await tableState()).toEqual(afterFirstRun);
  }, 60_000);
});
