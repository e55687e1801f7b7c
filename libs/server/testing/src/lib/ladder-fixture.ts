import type { DataSource } from 'typeorm';

export type LadderFixture = {
  readonly allianceIds: readonly string[];
  readonly ownerIds: readonly string[];
  readonly coordinatorId: string;
};

export type LadderFixtureOptions = {
  readonly alliances?: number;
  // ISO-8601 stall time per rung for these alliances; rungs left out keep the national default.
  readonly stallTimes?: Readonly<Record<string, string>>;
  // An upcoming ALLIANTIE meeting per alliance, so escalations land on an agenda.
  readonly withMeetings?: boolean;
};

// A small world for the worker, written in SQL so it is fast at any size: alliances with a programme
// director and a mayor, a national coordinator, compressed stall times and upcoming meetings. Its areas are
// whole (the API reads every characteristic), so the API can serve them beside real ones.
export const createLadderFixture = async (dataSource: DataSource, options: LadderFixtureOptions = {}): Promise<LadderFixture> => {
  const count = options.alliances ?? 1;
  const allianceIds: string[] = [];
  const ownerIds: string[] = [];
  const [coordinator]: { id: string }[] = await dataSource.query(
    `INSERT INTO person (name, email) VALUES ('Coördinator', 'coordinator-' || gen_random_uuid() || '@fixture.test') RETURNING id`,
  );
  await dataSource.query(`INSERT INTO membership (person_id, alliance_id, role) VALUES ($1, NULL, 'NATIONAL_COORDINATOR')`, [coordinator.id]);
  for (let index = 0; index < count; index += 1) {
    const [area]: { id: string }[] = await dataSource.query(
      `INSERT INTO focus_area (slug, name, municipality, inhabitants, wijken, display_order, characteristics)
       VALUES ('fixture-' || gen_random_uuid(), 'Fixture', 'Fixture', 1000, 1, $1,
               '{"opvallend": "Fixture", "sociaaleconomisch": "Fixture", "woningvoorraad": "Fixture"}') RETURNING id`,
      [index + 1],
    );
    const [alliance]: { id: string }[] = await dataSource.query(
      `INSERT INTO alliance (focus_area_id, slug, name, horizon_start_year) VALUES ($1, 'fixture-' || gen_random_uuid(), $2, 2024) RETURNING id`,
      [area.id, `Alliantie ${index + 1}`],
    );
    const people: { id: string }[] = await dataSource.query(
      `INSERT INTO person (name, email)
       SELECT name, lower(name) || '-' || gen_random_uuid() || '@fixture.test' FROM unnest(ARRAY['Directeur', 'Burgemeester']) AS name
       RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO membership (person_id, alliance_id, role) VALUES ($1, $3, 'PROGRAMME_DIRECTOR'), ($2, $3, 'MAYOR')`,
      [people[0].id, people[1].id, alliance.id],
    );
    for (const [rung, duration] of Object.entries(options.stallTimes ?? {})) {
      await dataSource.query(
        `INSERT INTO escalation_rung_setting (alliance_id, rung, stall_unit, stall_duration) VALUES ($1, $2, 'DURATION', $3)`,
        [alliance.id, rung, duration],
      );
    }
    if (options.withMeetings ?? true) {
      await dataSource.query(
        `INSERT INTO meeting (type, alliance_id, title, scheduled_at) VALUES ('ALLIANTIE', $1, 'Alliantietafel', now() + interval '14 days')`,
        [alliance.id],
      );
    }
    allianceIds.push(alliance.id);
    ownerIds.push(people[0].id);
  }
  return { allianceIds, ownerIds, coordinatorId: coordinator.id };
};

export type StalledItemsOptions = {
  readonly count: number;
  // The bureau's stall time as a PostgreSQL interval, matching the fixture's stallTimes (e.g. '1 second').
  readonly stall: string;
  // Of those, how many are due now; the others started their clock just now.
  readonly due?: number;
  readonly batch?: number;
};

// Open vastlopers at the programme bureau, spread over the fixture's alliances: INSERT … SELECT
// generate_series, so a million rows take seconds. The first `due` rows are a minute past their stall
// time; the ladder columns agree with the stall time, so the worker's rules find exactly those due.
export const insertStalledVastlopers = async (
  dataSource: DataSource,
  fixture: LadderFixture,
  options: StalledItemsOptions,
): Promise<void> => {
  const due = options.due ?? options.count;
  const batch = options.batch ?? 250_000;
  for (let start = 1; start <= options.count; start += batch) {
    const end = Math.min(options.count, start + batch - 1);
    // The early warning counts as sent, so the worker's only business with these rows is the stall.
    await dataSource.query(
      `INSERT INTO vastloper (alliance_id, title, category, actielijn, owner_id, reporter_id, rung_entered_at, last_progress_at,
                              next_escalation_at, early_warning_sent_at, created_at, updated_at)
       SELECT alliances[1 + n % cardinality(alliances)], 'Vastloper ' || n, 'OVERIG', 'MEEDOEN',
              owners[1 + n % cardinality(owners)], owners[1 + n % cardinality(owners)],
              started, started, started + stall, started, now(), now()
         FROM generate_series($1::int, $2::int) AS n,
              (SELECT $4::uuid[] AS alliances, $5::uuid[] AS owners, $6::interval AS stall) AS fixture,
              LATERAL (SELECT CASE WHEN n <= $3 THEN now() - stall - interval '1 minute' ELSE now() END AS started) AS clock`,
      [start, end, due, fixture.allianceIds, fixture.ownerIds, options.stall],
    );
  }
};
