// The generator of bench:data and the drill: a year and more of national data on top of the 20 areas' demo
// data, in bulk with INSERT … SELECT (no row at a time), skewed like real life (see data.bench.ts).
import type { DataSource } from 'typeorm';

// Rows per statement: large enough for bulk speed, small enough to print progress and keep WAL segments moving.
const BATCH = 250_000;

export type BenchVolumes = {
  vastlopers: number;
  doorbraken: number;
  progressUpdates: number;
  escalationEvents: number;
  meetings: number;
  decisions: number;
  actionItems: number;
};

// The volumes at full scale (1), or a share of each.
export const benchVolumes = (scale: number): BenchVolumes => {
  const volume = (count: number): number => Math.max(1, Math.round(count * scale));
  return {
    vastlopers: volume(700_000),
    doorbraken: volume(300_000),
    progressUpdates: volume(3_000_000),
    escalationEvents: volume(2_000_000),
    meetings: volume(50_000),
    decisions: volume(100_000),
    actionItems: volume(100_000),
  };
};
// How steeply items crowd into the biggest alliances: alliance k (0 = biggest) of n is drawn as
// floor(n · u^SKEW) for a uniform u, so with 20 alliances the biggest holds about a fifth of everything.
const SKEW = 2.2;

// Runs `sql` over 1..total in batches: $1 and $2 are the batch's first and last row number. Every reference the
// generator writes points at a row it has just read, so each batch skips the per-row foreign-key checks (and the
// similar-items index's triggers) the way a bulk load does: session_replication_role = replica, for its transaction.
const inBatches = async (db: DataSource, total: number, sql: string): Promise<void> => {
  for (let first = 1; first <= total; first += BATCH) {
    await db.transaction(async (manager) => {
      await manager.query('SET LOCAL session_replication_role = replica');
      await manager.query(sql, [first, Math.min(total, first + BATCH - 1)]);
    });
  }
};

// A uniform number per generated row: random() in a lateral subquery that names the row, so PostgreSQL
// draws it for every row instead of once for the statement.
const draws = (names: readonly string[]): string =>
  `CROSS JOIN LATERAL (SELECT ${names.map((name) => `random() + 0 * g AS ${name}`).join(', ')}) r`;

// The programme grown beyond the 20 areas: each extra alliance copies an area's facts under a name of its own.
const addAlliances = async (db: DataSource, alliances: number): Promise<void> => {
  const extra = alliances - 20;
  if (extra <= 0) return;
  await db.query(
    `WITH source AS (SELECT f.*, row_number() OVER (ORDER BY f.display_order) - 1 AS k FROM focus_area f),
          copies AS (
            INSERT INTO focus_area (slug, name, municipality, inhabitants, wijken, website, display_order, ambitions, characteristics, indicators, working_practices)
            SELECT s.slug || '-' || g, s.name || ' ' || g, s.municipality, (s.inhabitants * (0.2 + random()))::int, s.wijken, s.website,
                   100 + g, s.ambitions, s.characteristics, s.indicators, s.working_practices
            FROM generate_series(1, $1) g JOIN source s ON s.k = g % 20
            RETURNING id, slug, name)
     INSERT INTO alliance (focus_area_id, slug, name, programme_description, programme_bureau, meeting_cadence, meeting_cadence_weeks, horizon_start_year, horizon_end_year)
     SELECT c.id, c.slug, 'Alliantie ' || c.name, a.programme_description, a.programme_bureau, a.meeting_cadence, a.meeting_cadence_weeks, a.horizon_start_year, a.horizon_end_year
     FROM copies c
     JOIN alliance a ON a.slug = regexp_replace(c.slug, '-[0-9]+$', '')`,
    [extra],
  );
};

// Working tables the generator draws from, dropped at the end: alliances by size (n = 0 is the biggest) with a
// member to own their items, and the demo's own texts as templates.
const prepare = async (db: DataSource): Promise<void> => {
  await db.query(`
    CREATE UNLOGGED TABLE bench_alliance AS
    SELECT row_number() OVER (ORDER BY f.inhabitants DESC, a.slug) - 1 AS n, a.id,
           coalesce(
             (SELECT m.person_id FROM membership m WHERE m.alliance_id = a.id AND m.role = 'PROGRAMME_DIRECTOR' LIMIT 1),
             (SELECT m.person_id FROM membership m JOIN alliance o ON o.id = m.alliance_id
              WHERE o.slug = regexp_replace(a.slug, '-[0-9]+$', '') AND m.role = 'PROGRAMME_DIRECTOR' LIMIT 1)) AS person_id
    FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id`);
  await db.query(`CREATE UNIQUE INDEX ON bench_alliance (n)`);
  await db.query(`
    CREATE UNLOGGED TABLE bench_vastloper_text AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS n, title, description, category, actielijn, owning_ministry, legal_reference, remedy FROM vastloper`);
  await db.query(`
    CREATE UNLOGGED TABLE bench_doorbraak_text AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS n, title, description, actielijn, impact FROM doorbraak`);
  await db.query(`
    CREATE UNLOGGED TABLE bench_progress_text AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS n, text FROM progress_update`);
  await db.query(`CREATE UNIQUE INDEX ON bench_vastloper_text (n)`);
  await db.query(`CREATE UNIQUE INDEX ON bench_doorbraak_text (n)`);
  await db.query(`CREATE UNIQUE INDEX ON bench_progress_text (n)`);
};

const alliancePick = `bench_alliance a ON a.n = floor((SELECT count(*) FROM bench_alliance) * power(r.u_alliance, ${SKEW}))`;

const insertVastlopers = (db: DataSource, volumes: BenchVolumes): Promise<void> =>
  inBatches(
    db,
    volumes.vastlopers,
    // Reported evenly over five years; the older an item, the likelier it is closed (open: 4% plus 76% fading
    // over about five months of age), which leaves a long tail of old open ones. Nothing is due for escalation: a
    // worker started on this data finds no sweep.
    `INSERT INTO vastloper (alliance_id, title, description, category, actielijn, owner_id, reporter_id, owning_ministry, legal_reference, remedy,
                            status, rung, rung_entered_at, last_progress_at, next_escalation_at, parked_until, park_reason, confidential,
                            resolution, resolved_at, resolved_at_rung, created_at, updated_at, acknowledged_at, overdue_at)
     SELECT a.id, left(t.title, 190) || ' · ' || g, t.description, t.category, t.actielijn, a.person_id, a.person_id,
            t.owning_ministry, t.legal_reference, t.remedy,
            s.status, s.rung, s.rung_entered_at, s.last_progress_at,
            CASE WHEN s.status IN ('OPEN', 'IN_BEHANDELING') THEN now() + (1 + r.u_due * 60) * interval '1 day' END,
            CASE WHEN s.status = 'GEPARKEERD' THEN now() + (7 + r.u_due * 90) * interval '1 day' END,
            CASE WHEN s.status = 'GEPARKEERD' THEN 'Wacht op de nieuwe wet.' END,
            r.u_confidential < 0.03,
            CASE WHEN s.status = 'OPGELOST' THEN 'Opgelost met een afspraak tussen de partners.' END,
            CASE WHEN s.status = 'OPGELOST' THEN s.last_progress_at END,
            CASE WHEN s.status = 'OPGELOST' THEN s.rung END,
            s.created_at, s.last_progress_at,
            CASE WHEN s.status <> 'OPEN' THEN s.rung_entered_at END,
            -- Stuck at the top two months without progress: flagged there, as the ladder does.
            CASE WHEN s.status IN ('OPEN', 'IN_BEHANDELING') AND s.rung = 'DOORBRAAKOVERLEG' AND s.last_progress_at < now() - interval '60 days'
                 THEN s.last_progress_at + interval '60 days' END
     FROM generate_series($1::int, $2::int) g
     ${draws(['u_alliance', 'u_text', 'u_status', 'u_kind', 'u_age', 'u_rung', 'u_enter', 'u_progress', 'u_due', 'u_confidential'])}
     JOIN ${alliancePick}
     JOIN bench_vastloper_text t ON t.n = floor(r.u_text * (SELECT count(*) FROM bench_vastloper_text))
     CROSS JOIN LATERAL (
       SELECT status, rung, created_at,
              created_at + (now() - created_at) * r.u_enter AS rung_entered_at,
              created_at + (now() - created_at) * (r.u_enter + (1 - r.u_enter) * r.u_progress) AS last_progress_at
       FROM (SELECT
               CASE WHEN r.u_status < 0.04 + 0.76 * exp(-r.u_age * 1826 / 150)
                    THEN (CASE WHEN r.u_kind < 0.55 THEN 'OPEN' WHEN r.u_kind < 0.95 THEN 'IN_BEHANDELING' ELSE 'GEPARKEERD' END)
                    ELSE (CASE WHEN r.u_kind < 0.78 THEN 'OPGELOST' ELSE 'INGETROKKEN' END) END AS status,
               CASE WHEN r.u_rung < 0.50 THEN 'PROGRAMMABUREAU' WHEN r.u_rung < 0.75 THEN 'ALLIANTIE' WHEN r.u_rung < 0.88 THEN 'RIJKSVERTEGENWOORDIGER'
                    WHEN r.u_rung < 0.95 THEN 'INTERDEPARTEMENTAAL' ELSE 'DOORBRAAKOVERLEG' END AS rung,
               now() - r.u_age * interval '5 years' AS created_at) x
     ) s`,
  );

const insertDoorbraken = (db: DataSource, volumes: BenchVolumes): Promise<void> =>
  inBatches(
    db,
    volumes.doorbraken,
    `INSERT INTO doorbraak (alliance_id, title, description, kind, status, actielijn, owner_id, impact, rung, rung_entered_at, last_progress_at,
                            next_escalation_at, achieved_at, achieved_at_rung, created_at, updated_at)
     SELECT a.id, left(t.title, 190) || ' · ' || g, t.description, s.kind, s.status, t.actielijn, a.person_id, t.impact,
            CASE WHEN s.status = 'LOPEND' THEN s.rung END, CASE WHEN s.status = 'LOPEND' THEN s.created_at + (now() - s.created_at) * r.u_enter END,
            s.created_at + (now() - s.created_at) * r.u_progress,
            CASE WHEN s.status = 'LOPEND' THEN now() + (1 + r.u_due * 60) * interval '1 day' END,
            CASE WHEN s.status = 'BEREIKT' THEN s.created_at + (now() - s.created_at) * r.u_progress END,
            CASE WHEN s.status = 'BEREIKT' THEN s.rung END,
            s.created_at, s.created_at + (now() - s.created_at) * r.u_progress
     FROM generate_series($1::int, $2::int) g
     ${draws(['u_alliance', 'u_text', 'u_status', 'u_age', 'u_rung', 'u_enter', 'u_progress', 'u_due'])}
     JOIN ${alliancePick}
     JOIN bench_doorbraak_text t ON t.n = floor(r.u_text * (SELECT count(*) FROM bench_doorbraak_text))
     CROSS JOIN LATERAL (
       SELECT CASE WHEN r.u_status < 0.10 THEN 'IDEE' WHEN r.u_status < 0.30 THEN 'LOPEND' WHEN r.u_status < 0.80 THEN 'BEREIKT' ELSE 'GESTOPT' END AS status,
              CASE WHEN r.u_status >= 0.30 AND r.u_status < 0.80 THEN 'DOORBRAAK' ELSE 'INITIATIEF' END AS kind,
              CASE WHEN r.u_rung < 0.6 THEN 'PROGRAMMABUREAU' WHEN r.u_rung < 0.9 THEN 'ALLIANTIE' ELSE 'RIJKSVERTEGENWOORDIGER' END AS rung,
              now() - r.u_age * interval '5 years' AS created_at
     ) s`,
  );

// Numbered items per alliance, so later rows pick an item of the same alliance with one index lookup; an item's
// notes and moves fall between its report and its last progress.
const numberItems = async (db: DataSource): Promise<void> => {
  await db.query(`
    CREATE UNLOGGED TABLE bench_item AS
    SELECT row_number() OVER () AS n, alliance_id, vastloper_id, doorbraak_id, created_at, ended_at, person_id,
           row_number() OVER (PARTITION BY alliance_id) AS k
    FROM (SELECT v.alliance_id, v.id AS vastloper_id, NULL::uuid AS doorbraak_id, v.created_at, v.last_progress_at AS ended_at, v.owner_id AS person_id FROM vastloper v
          UNION ALL
          SELECT d.alliance_id, NULL, d.id, d.created_at, d.last_progress_at, d.owner_id FROM doorbraak d) items`);
  await db.query(`CREATE UNIQUE INDEX ON bench_item (n)`);
  await db.query(`CREATE UNIQUE INDEX ON bench_item (alliance_id, k)`);
  await db.query(`CREATE UNLOGGED TABLE bench_item_count AS SELECT alliance_id, count(*) AS items FROM bench_item GROUP BY alliance_id`);
  await db.query(`ANALYZE bench_item`);
};

const anyItem = `bench_item i ON i.n = 1 + floor(r.u_item * (SELECT count(*) FROM bench_item))`;

const insertProgressUpdates = (db: DataSource, volumes: BenchVolumes): Promise<void> =>
  inBatches(
    db,
    volumes.progressUpdates,
    `INSERT INTO progress_update (vastloper_id, doorbraak_id, author_id, text, at, created_at)
     SELECT i.vastloper_id, i.doorbraak_id, i.person_id, t.text, at, at
     FROM generate_series($1::int, $2::int) g
     ${draws(['u_item', 'u_text', 'u_at'])}
     JOIN ${anyItem}
     JOIN bench_progress_text t ON t.n = floor(r.u_text * (SELECT count(*) FROM bench_progress_text))
     CROSS JOIN LATERAL (SELECT i.created_at + (i.ended_at - i.created_at) * r.u_at AS at) w`,
  );

// Climbs and the occasional step back; a stall's period is the row's own number, so the exactly-once keys
// of the ladder (item, rung, stall period) never collide.
const insertEscalationEvents = (db: DataSource, volumes: BenchVolumes): Promise<void> =>
  inBatches(
    db,
    volumes.escalationEvents,
    `INSERT INTO escalation_event (vastloper_id, doorbraak_id, alliance_id, from_rung, to_rung, cause, actor_id, reason, at, stall_period)
     SELECT i.vastloper_id, i.doorbraak_id, i.alliance_id, m.from_rung, m.to_rung, m.cause,
            CASE WHEN m.cause = 'STALLED' THEN NULL ELSE i.person_id END,
            CASE WHEN m.cause = 'STALLED' THEN NULL ELSE 'Besproken in het programmateam.' END,
            i.created_at + (i.ended_at - i.created_at) * r.u_at,
            CASE WHEN m.cause = 'STALLED' THEN g END
     FROM generate_series($1::int, $2::int) g
     ${draws(['u_item', 'u_move', 'u_at'])}
     JOIN ${anyItem}
     CROSS JOIN LATERAL (
       SELECT * FROM (VALUES
         (0.45, 'PROGRAMMABUREAU', 'ALLIANTIE', 'STALLED'),
         (0.65, 'ALLIANTIE', 'RIJKSVERTEGENWOORDIGER', 'STALLED'),
         (0.75, 'RIJKSVERTEGENWOORDIGER', 'INTERDEPARTEMENTAAL', 'STALLED'),
         (0.80, 'INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG', 'STALLED'),
         (0.92, 'PROGRAMMABUREAU', 'ALLIANTIE', 'MANUAL'),
         (1.01, 'ALLIANTIE', 'PROGRAMMABUREAU', 'DE_ESCALATED')) moves (upto, from_rung, to_rung, cause)
       WHERE r.u_move < moves.upto ORDER BY moves.upto LIMIT 1
     ) m`,
  );

// Alliance meetings every few weeks over three years back and half a year ahead, and a national one now and then.
const insertMeetings = async (db: DataSource, volumes: BenchVolumes): Promise<void> => {
  await inBatches(
    db,
    volumes.meetings,
    `INSERT INTO meeting (type, alliance_id, title, scheduled_at, duration_minutes, location, status, agenda_published_at, minutes, minutes_approved_at, cancellation_reason)
     SELECT s.type, CASE WHEN s.type = 'DOORBRAAKOVERLEG' THEN NULL ELSE a.id END,
            CASE s.type WHEN 'PROGRAMMATEAM' THEN 'Programmateam' WHEN 'ALLIANTIE' THEN 'Alliantietafel' WHEN 'BESTUURLIJK' THEN 'Bestuurlijk overleg' ELSE 'Doorbraakoverleg' END,
            s.at, 120, 'Stadhuis', s.status,
            CASE WHEN s.status <> 'DRAFT' AND s.status <> 'CANCELLED' THEN s.at - interval '7 days' END,
            CASE WHEN s.status IN ('HELD', 'MINUTES_APPROVED') THEN 'Besproken volgens de agenda.' END,
            CASE WHEN s.status = 'MINUTES_APPROVED' THEN s.at + interval '14 days' END,
            CASE WHEN s.status = 'CANCELLED' THEN 'Te weinig agendapunten.' END
     FROM generate_series($1::int, $2::int) g
     ${draws(['u_alliance', 'u_type', 'u_at', 'u_status'])}
     JOIN ${alliancePick}
     CROSS JOIN LATERAL (
       SELECT type, at,
              CASE WHEN at > now() THEN (CASE WHEN r.u_status < 0.5 THEN 'DRAFT' ELSE 'AGENDA_PUBLISHED' END)
                   WHEN r.u_status < 0.05 THEN 'CANCELLED' WHEN r.u_status < 0.15 THEN 'HELD' ELSE 'MINUTES_APPROVED' END AS status
       FROM (SELECT CASE WHEN r.u_type < 0.45 THEN 'PROGRAMMATEAM' WHEN r.u_type < 0.85 THEN 'ALLIANTIE' WHEN r.u_type < 0.99 THEN 'BESTUURLIJK' ELSE 'DOORBRAAKOVERLEG' END AS type,
                    date_trunc('hour', now() + (r.u_at * 3.5 - 3) * interval '1 year') + interval '14 hours' AS at) x
     ) s`,
  );
  // One to eight points on every generated agenda, about half about an item of the meeting's own alliance.
  await db.query(`
    INSERT INTO agenda_item (meeting_id, position, title, kind, minutes_allotted, vastloper_id, doorbraak_id)
    SELECT m.id, p, CASE WHEN i.n IS NULL THEN 'Mededelingen' ELSE 'Bespreken: stand van zaken' END,
           CASE WHEN i.n IS NULL THEN 'INFORMATION' ELSE 'DISCUSSION' END, 10, i.vastloper_id, i.doorbraak_id
    FROM meeting m
    LEFT JOIN bench_item_count c ON c.alliance_id = m.alliance_id
    CROSS JOIN LATERAL generate_series(1, 1 + (abs(hashtext(m.id::text)) % 8)) p
    LEFT JOIN bench_item i ON i.alliance_id = m.alliance_id AND (abs(hashtext(m.id::text || p)) % 2) = 0
                          AND i.k = 1 + abs(hashtext(p || m.id::text)) % c.items
    WHERE NOT EXISTS (SELECT 1 FROM agenda_item seeded WHERE seeded.meeting_id = m.id)`);
  await db.query(`CREATE UNLOGGED TABLE bench_held AS SELECT row_number() OVER () AS n, id, alliance_id, scheduled_at FROM meeting WHERE status IN ('HELD', 'MINUTES_APPROVED') AND alliance_id IS NOT NULL`);
  await db.query(`CREATE UNIQUE INDEX ON bench_held (n)`);
};

const heldMeeting = `bench_held h ON h.n = 1 + floor(r.u_meeting * (SELECT count(*) FROM bench_held))`;
const itemOfMeeting = `LEFT JOIN bench_item_count c ON c.alliance_id = h.alliance_id
     LEFT JOIN bench_item i ON i.alliance_id = h.alliance_id AND i.k = 1 + floor(r.u_item * c.items)`;

const insertDecisions = (db: DataSource, volumes: BenchVolumes): Promise<void> =>
  inBatches(
    db,
    volumes.decisions,
    `INSERT INTO decision (meeting_id, text, vastloper_id, doorbraak_id, review_date, created_at)
     SELECT h.id, 'Besloten: de partners pakken dit samen op.', i.vastloper_id, i.doorbraak_id,
            CASE WHEN r.u_review < 0.3 THEN (h.scheduled_at + interval '3 months')::date END, h.scheduled_at
     FROM generate_series($1::int, $2::int) g
     ${draws(['u_meeting', 'u_item', 'u_review'])}
     JOIN ${heldMeeting}
     ${itemOfMeeting}`,
  );

const insertActionItems = (db: DataSource, volumes: BenchVolumes): Promise<void> =>
  inBatches(
    db,
    volumes.actionItems,
    `INSERT INTO action_item (alliance_id, meeting_id, description, owner_id, due_date, status, completed_at, created_at)
     SELECT h.alliance_id, h.id, 'Uitzoeken wie dit betaalt en terugkoppelen.', i.person_id, (h.scheduled_at + (14 + r.u_due * 90) * interval '1 day')::date,
            s.status, CASE WHEN s.status = 'DONE' THEN h.scheduled_at + r.u_due * interval '60 days' END, h.scheduled_at
     FROM generate_series($1::int, $2::int) g
     ${draws(['u_meeting', 'u_item', 'u_due', 'u_status'])}
     JOIN ${heldMeeting}
     ${itemOfMeeting}
     -- Open only while recent (due in the last two months or later); older ones were done or dropped.
     CROSS JOIN LATERAL (
       SELECT CASE WHEN h.scheduled_at + (14 + r.u_due * 90) * interval '1 day' > now() - interval '60 days' AND r.u_status < 0.6 THEN 'OPEN'
                   WHEN r.u_status < 0.9 THEN 'DONE' ELSE 'CANCELLED' END AS status) s`,
  );

export type BenchDataOptions = {
  // The programme grown beyond the 20 areas (each extra alliance copies an area's facts).
  alliances?: number;
  // A share of every volume: 1 is the national year, 0.001 a quick drill.
  scale?: number;
  // Runs one part of the load; bench:data times and prints each.
  step?: (label: string, work: () => Promise<void>) => Promise<unknown>;
};

// Fills a migrated database that holds the demo data; drops its working tables and analyzes at the end.
export const generateBenchData = async (db: DataSource, options: BenchDataOptions = {}): Promise<BenchVolumes> => {
  const alliances = options.alliances ?? 20;
  const volumes = benchVolumes(options.scale ?? 1);
  const step = options.step ?? ((_label: string, work: () => Promise<void>) => work());
  const count = (value: number): string => value.toLocaleString('en');
  await step(`${alliances} alliances, the generator's working tables`, async () => {
    await addAlliances(db, alliances);
    await prepare(db);
  });
  await step(`${count(volumes.vastlopers)} vastlopers`, () => insertVastlopers(db, volumes));
  await step(`${count(volumes.doorbraken)} doorbraken`, () => insertDoorbraken(db, volumes));
  await step('numbering the items per alliance', () => numberItems(db));
  await step(`${count(volumes.progressUpdates)} progress updates`, () => insertProgressUpdates(db, volumes));
  await step(`${count(volumes.escalationEvents)} escalation events`, () => insertEscalationEvents(db, volumes));
  await step(`${count(volumes.meetings)} meetings and their agendas`, () => insertMeetings(db, volumes));
  await step(`${count(volumes.decisions)} decisions`, () => insertDecisions(db, volumes));
  await step(`${count(volumes.actionItems)} action items`, () => insertActionItems(db, volumes));
  await step('statistics (ANALYZE)', async () => {
    for (const table of ['bench_alliance', 'bench_vastloper_text', 'bench_doorbraak_text', 'bench_progress_text', 'bench_item', 'bench_item_count', 'bench_held']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('VACUUM ANALYZE');
  });
  return volumes;
};
