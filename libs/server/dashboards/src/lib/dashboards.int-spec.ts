import type { INestApplication } from '@nestjs/common';
import { DateTime } from 'luxon';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, errorCode, graphqlData, graphqlRequest, QueryCounter, signIn, startTestApi, type TestDatabase } from '@doorbraak/server-testing';

const SLUG = 'rotterdam-zuid';
const OTHER = 'zaandam-oost';
const ZONE = 'Europe/Amsterdam';
const RUNGS = ['PROGRAMMABUREAU', 'ALLIANTIE', 'RIJKSVERTEGENWOORDIGER', 'INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG'];
const BUCKETS = ['UNDER_1_MONTH', 'MONTHS_1_TO_3', 'MONTHS_3_TO_6', 'MONTHS_6_TO_12', 'OVER_12_MONTHS'];

const FIGURES = `open parked overdueActionItems
  perRung { rung count } ageOfOpen { bucket count } perMonth { month escalations resolutions }
  perActielijn { actielijn open resolved } perCategory { category open resolved }`;
const ALLIANCE_DASHBOARD = `query ($id: ID!) { allianceDashboard(allianceId: $id) {
  allianceId allianceSlug figures { ${FIGURES} } overdueActionItemsPerPartner { partnerId partnerName partnerType count } } }`;
const NATIONAL_DASHBOARD = `{ nationalDashboard { totals { ${FIGURES} } areas { allianceSlug open perRung { rung count } overdueActionItems }
  overdueActionItemsPerPartnerType { partnerType count } } }`;

const CREATE = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const ESCALATE = `mutation ($id: ID!) { escalate(itemId: $id, reason: "Komt niet verder") { __typename } }`;
const DE_ESCALATE = `mutation ($id: ID!) { deEscalate(itemId: $id, reason: "Toch lokaal op te lossen") { __typename } }`;
const RESOLVE = `mutation ($id: ID!) { resolveVastloper(id: $id, resolution: "Opgelost met maatwerk") { id } }`;
const PARK = `mutation ($id: ID!, $until: DateTime!) { park(id: $id, until: $until, reason: "Wacht op het ministerie") { id } }`;
const CREATE_ACTION = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
const COMPLETE_ACTION = `mutation ($id: ID!) { completeActionItem(id: $id) { id } }`;

type Counted<K extends string> = Record<K, string> & { open: number; resolved: number };
type Figures = {
  open: number;
  parked: number;
  overdueActionItems: number;
  perRung: { rung: string; count: number }[];
  ageOfOpen: { bucket: string; count: number }[];
  perMonth: { month: string; escalations: number; resolutions: number }[];
  perActielijn: Counted<'actielijn'>[];
  perCategory: Counted<'category'>[];
};
type PartnerRow = { partnerId: string | null; partnerName: string | null; partnerType: string | null; count: number };
type AllianceDashboard = { allianceId: string; allianceSlug: string; figures: Figures; overdueActionItemsPerPartner: PartnerRow[] };
type Area = { allianceSlug: string; open: number; perRung: { rung: string; count: number }[]; overdueActionItems: number };
type NationalDashboard = { totals: Figures; areas: Area[]; overdueActionItemsPerPartnerType: { partnerType: string | null; count: number }[] };

// What a set of new rows should add to the figures.
type Delta = {
  open?: number;
  parked?: number;
  overdueActionItems?: number;
  perRung?: Record<string, number>;
  ageOfOpen?: Record<string, number>;
  escalations?: Record<string, number>;
  resolutions?: Record<string, number>;
  perActielijn?: Record<string, [open: number, resolved: number]>;
  perCategory?: Record<string, [open: number, resolved: number]>;
};

const plus = (before: Figures, delta: Delta): Figures => ({
  open: before.open + (delta.open ?? 0),
  parked: before.parked + (delta.parked ?? 0),
  overdueActionItems: before.overdueActionItems + (delta.overdueActionItems ?? 0),
  perRung: before.perRung.map(({ rung, count }) => ({ rung, count: count + (delta.perRung?.[rung] ?? 0) })),
  ageOfOpen: before.ageOfOpen.map(({ bucket, count }) => ({ bucket, count: count + (delta.ageOfOpen?.[bucket] ?? 0) })),
  perMonth: before.perMonth.map(({ month, escalations, resolutions }) => ({
    month,
    escalations: escalations + (delta.escalations?.[month] ?? 0),
    resolutions: resolutions + (delta.resolutions?.[month] ?? 0),
  })),
  perActielijn: before.perActielijn.map((row) => ({
    ...row,
    open: row.open + (delta.perActielijn?.[row.actielijn]?.[0] ?? 0),
    resolved: row.resolved + (delta.perActielijn?.[row.actielijn]?.[1] ?? 0),
  })),
  perCategory: before.perCategory.map((row) => ({
    ...row,
    open: row.open + (delta.perCategory?.[row.category]?.[0] ?? 0),
    resolved: row.resolved + (delta.perCategory?.[row.category]?.[1] ?? 0),
  })),
});

const add = (a: Delta, b: Delta): Delta => {
  const merge = (x: Record<string, number> = {}, y: Record<string, number> = {}) =>
    Object.fromEntries([...new Set([...Object.keys(x), ...Object.keys(y)])].map((key) => [key, (x[key] ?? 0) + (y[key] ?? 0)]));
  const pairs = (x: Record<string, [number, number]> = {}, y: Record<string, [number, number]> = {}) =>
    Object.fromEntries(
      [...new Set([...Object.keys(x), ...Object.keys(y)])].map((key) => [key, [(x[key]?.[0] ?? 0) + (y[key]?.[0] ?? 0), (x[key]?.[1] ?? 0) + (y[key]?.[1] ?? 0)]]),
    );
  return {
    open: (a.open ?? 0) + (b.open ?? 0),
    parked: (a.parked ?? 0) + (b.parked ?? 0),
    overdueActionItems: (a.overdueActionItems ?? 0) + (b.overdueActionItems ?? 0),
    perRung: merge(a.perRung, b.perRung),
    ageOfOpen: merge(a.ageOfOpen, b.ageOfOpen),
    escalations: merge(a.escalations, b.escalations),
    resolutions: merge(a.resolutions, b.resolutions),
    perActielijn: pairs(a.perActielijn, b.perActielijn) as Delta['perActielijn'],
    perCategory: pairs(a.perCategory, b.perCategory) as Delta['perCategory'],
  };
};

// The dashboards read what the demo data holds; this spec adds a known set of rows through the API
// and checks that every figure moved by exactly what those rows should add, for each kind of caller.
describe('the dashboards, counted in the database', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let url: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const counter = new QueryCounter();

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => graphqlData<T>(url, query, variables, { token: tokens[who] });
  const allianceDashboard = async (who: string, slug = SLUG) =>
    (await as<{ allianceDashboard: AllianceDashboard }>(who, ALLIANCE_DASHBOARD, { id: ids[slug] })).allianceDashboard;
  const nationalDashboard = async () => (await as<{ nationalDashboard: NationalDashboard }>('coordinator', NATIONAL_DASHBOARD)).nationalDashboard;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    ({ app: api, url } = await startTestApi(db.appUrl, { counter }));
    const alliances: { id: string; slug: string }[] = await db.dataSource.query(`SELECT id, slug FROM alliance WHERE slug = ANY($1)`, [[SLUG, OTHER]]);
    alliances.forEach((row) => (ids[row.slug] = row.id));
    const accounts = {
      director: `programmadirecteur.${SLUG}@demo.doorbraak.nl`,
      partner: `partner.${SLUG}@demo.doorbraak.nl`,
      otherDirector: `programmadirecteur.${OTHER}@demo.doorbraak.nl`,
      coordinator: 'coordinator@demo.doorbraak.nl',
    };
    for (const [who, email] of Object.entries(accounts)) {
      tokens[who] = (await signIn(url, email)).token;
      const [person]: { id: string }[] = await db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [email]);
      ids[who] = person.id;
    }
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('counts a known set of items, escalations, resolutions and action items exactly, for each caller only what they may see', async () => {
    const beforeDirector = await allianceDashboard('director');
    const beforePartner = await allianceDashboard('partner');
    const beforeOther = await allianceDashboard('otherDirector', OTHER);
    const beforeNational = await nationalDashboard();

    const now = DateTime.now().setZone(ZONE);
    const monthKey = (months: number) => now.startOf('month').minus({ months }).toFormat('yyyy-MM');
    // Half past midnight on the first of a month in Amsterdam is still the month before in UTC.
    const earlyInMonth = (months: number) => now.startOf('month').minus({ months }).plus({ minutes: 30 }).toJSDate();
    const create = async (who: string, slug: string, input: Record<string, unknown>) =>
      (await as<{ createVastloper: { id: string } }>(who, CREATE, { input: { allianceId: ids[slug], ...input } })).createVastloper.id;
    const backdate = (id: string, createdAt: Date) => db.dataSource.query(`UPDATE vastloper SET created_at = $2 WHERE id = $1`, [id, createdAt]);

    // A: open, two rungs up (at the rijksvertegenwoordiger), both escalations early last month, two months old.
    const a = await create('director', SLUG, { title: 'Schuldhulp zonder wachtlijst', category: 'FINANCIERING', actielijn: 'MEEDOEN' });
    await as('director', ESCALATE, { id: a });
    await as('director', ESCALATE, { id: a });
    await db.dataSource.query(`UPDATE escalation_event SET at = $2 WHERE vastloper_id = $1 AND cause = 'MANUAL'`, [a, earlyInMonth(1)]);
    await backdate(a, now.minus({ months: 2, days: 1 }).toJSDate());
    // B: confidential, one rung up this month, eight months old.
    const b = await create('director', SLUG, { title: 'Ondermijning in bedrijfspanden', category: 'VEILIGHEID', actielijn: 'VEILIGHEID', confidential: true });
    await as('director', ESCALATE, { id: b });
    await backdate(b, now.minus({ months: 8 }).toJSDate());
    // C: resolved early in the month three months ago.
    const c = await create('director', SLUG, { title: 'Budget voor de wijkteams', category: 'FINANCIERING', actielijn: 'MEEDOEN' });
    await as('director', RESOLVE, { id: c });
    await db.dataSource.query(`UPDATE vastloper SET resolved_at = $2, created_at = $3 WHERE id = $1`, [c, earlyInMonth(3), now.minus({ months: 14 }).toJSDate()]);
    // D: up and down again this month: one escalation, the step down is none; new.
    const d = await create('director', SLUG, { title: 'Toewijzing sociale huurwoningen', category: 'HUISVESTING', actielijn: 'WONINGEN_EN_WIJKEN' });
    await as('director', ESCALATE, { id: d });
    await as('director', DE_ESCALATE, { id: d });
    // E: parked, neither open nor resolved.
    const e = await create('director', SLUG, { title: 'Wachten op de staatssecretaris', category: 'OVERIG', actielijn: 'SAMENHANGENDE_AANPAK' });
    await as('director', PARK, { id: e, until: now.plus({ months: 1 }).toISO() });
    // Another alliance: open, one escalation this month.
    const f = await create('otherDirector', OTHER, { title: 'Leerplicht en zorg', category: 'SAMENWERKING', actielijn: 'MEEDOEN' });
    await as('otherDirector', ESCALATE, { id: f });

    // Action items: overdue for the partner the partner member represents, an overdue commitment of
    // another partner, one not yet due, one overdue but done.
    const [represented]: { id: string; name: string; type: string }[] = await db.dataSource.query(
      `SELECT p.id, p.name, p.type FROM partner p JOIN partner_representative r ON r.partner_id = p.id
        WHERE r.person_id = $1 AND p.alliance_id = $2 ORDER BY p.name, p.id LIMIT 1`,
      [ids['partner'], ids[SLUG]],
    );
    const [committing]: { id: string; name: string; type: string }[] = await db.dataSource.query(
      `SELECT id, name, type FROM partner WHERE alliance_id = $1 AND id <> $2 ORDER BY name LIMIT 1`,
      [ids[SLUG], represented.id],
    );
    const lastWeek = now.minus({ days: 7 }).toISODate();
    const action = async (input: Record<string, unknown>) =>
      (await as<{ createActionItem: { id: string } }>('director', CREATE_ACTION, { input: { allianceId: ids[SLUG], ...input } })).createActionItem.id;
    await action({ description: 'Wijkschouw plannen', ownerId: ids['partner'], dueDate: lastWeek });
    await action({ description: 'Twintig stageplekken', kind: 'COMMITMENT', committedBy: 'PARTNER', committedByPartnerId: committing.id, dueDate: lastWeek });
    await action({ description: 'Later', ownerId: ids['partner'], dueDate: now.plus({ days: 7 }).toISODate() });
    const done = await action({ description: 'Al gedaan', ownerId: ids['partner'], dueDate: lastWeek });
    await as('director', COMPLETE_ACTION, { id: done });

    const visibleToAll: Delta = {
      open: 2,
      parked: 1,
      overdueActionItems: 2,
      perRung: { PROGRAMMABUREAU: 1, RIJKSVERTEGENWOORDIGER: 1 },
      ageOfOpen: { UNDER_1_MONTH: 1, MONTHS_1_TO_3: 1 },
      escalations: { [monthKey(1)]: 2, [monthKey(0)]: 1 },
      resolutions: { [monthKey(3)]: 1 },
      perActielijn: { MEEDOEN: [1, 1], WONINGEN_EN_WIJKEN: [1, 0] },
      perCategory: { FINANCIERING: [1, 1], HUISVESTING: [1, 0] },
    };
    const confidential: Delta = {
      open: 1,
      perRung: { ALLIANTIE: 1 },
      ageOfOpen: { MONTHS_6_TO_12: 1 },
      escalations: { [monthKey(0)]: 1 },
      perActielijn: { VEILIGHEID: [1, 0] },
      perCategory: { VEILIGHEID: [1, 0] },
    };
    const otherAlliance: Delta = {
      open: 1,
      perRung: { ALLIANTIE: 1 },
      ageOfOpen: { UNDER_1_MONTH: 1 },
      escalations: { [monthKey(0)]: 1 },
      perActielijn: { MEEDOEN: [1, 0] },
      perCategory: { SAMENWERKING: [1, 0] },
    };

    const director = await allianceDashboard('director');
    const partner = await allianceDashboard('partner');
    expect(director.figures).toEqual(plus(beforeDirector.figures, add(visibleToAll, confidential)));
    // The partner member does not count the confidential item; nobody counts the other alliance's.
    expect(partner.figures).toEqual(plus(beforePartner.figures, visibleToAll));
    expect((await allianceDashboard('otherDirector', OTHER)).figures).toEqual(plus(beforeOther.figures, otherAlliance));

    expect(director.figures.perRung.map((row) => row.rung)).toEqual(RUNGS);
    expect(director.figures.ageOfOpen.map((row) => row.bucket)).toEqual(BUCKETS);
    expect(director.figures.perMonth.map((row) => row.month)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map(monthKey));
    expect(director.figures.perRung.reduce((sum, row) => sum + row.count, 0)).toBe(director.figures.open);
    expect(director.figures.ageOfOpen.reduce((sum, row) => sum + row.count, 0)).toBe(director.figures.open);

    const perPartner = (rows: PartnerRow[]) => new Map(rows.map((row) => [row.partnerId, row.count]));
    const expectedPartners = perPartner(beforeDirector.overdueActionItemsPerPartner);
    expectedPartners.set(represented.id, (expectedPartners.get(represented.id) ?? 0) + 1);
    expectedPartners.set(committing.id, (expectedPartners.get(committing.id) ?? 0) + 1);
    expect(perPartner(director.overdueActionItemsPerPartner)).toEqual(expectedPartners);
    expect(director.overdueActionItemsPerPartner.find((row) => row.partnerId === committing.id)).toEqual(
      expect.objectContaining({ partnerName: committing.name, partnerType: committing.type }),
    );
    expect(director.overdueActionItemsPerPartner.reduce((sum, row) => sum + row.count, 0)).toBe(director.figures.overdueActionItems);
    const counts = director.overdueActionItemsPerPartner.map((row) => row.count);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));

    // Nationally: the totals moved by everything, each area by its own rows.
    const national = await nationalDashboard();
    expect(national.totals).toEqual(plus(beforeNational.totals, add(add(visibleToAll, confidential), otherAlliance)));
    const area = (rows: Area[], slug: string) => rows.find((row) => row.allianceSlug === slug) as Area;
    const rungsPlus = (before: Area, delta: Record<string, number>) => before.perRung.map(({ rung, count }) => ({ rung, count: count + (delta[rung] ?? 0) }));
    expect(area(national.areas, SLUG)).toEqual({
      allianceSlug: SLUG,
      open: area(beforeNational.areas, SLUG).open + 3,
      perRung: rungsPlus(area(beforeNational.areas, SLUG), { PROGRAMMABUREAU: 1, ALLIANTIE: 1, RIJKSVERTEGENWOORDIGER: 1 }),
      overdueActionItems: area(beforeNational.areas, SLUG).overdueActionItems + 2,
    });
    expect(area(national.areas, OTHER)).toEqual({ ...area(beforeNational.areas, OTHER), open: area(beforeNational.areas, OTHER).open + 1, perRung: rungsPlus(area(beforeNational.areas, OTHER), { ALLIANTIE: 1 }) });
    const [{ count: alliances }]: { count: number }[] = await db.dataSource.query(`SELECT count(*)::int AS count FROM alliance`);
    expect(national.areas).toHaveLength(alliances);
    expect(national.areas.reduce((sum, row) => sum + row.open, 0)).toBe(national.totals.open);
    expect(national.areas.reduce((sum, row) => sum + row.overdueActionItems, 0)).toBe(national.totals.overdueActionItems);
    const types = new Map(national.overdueActionItemsPerPartnerType.map((row) => [row.partnerType, row.count]));
    const typesBefore = new Map(beforeNational.overdueActionItemsPerPartnerType.map((row) => [row.partnerType, row.count]));
    for (const type of new Set([represented.type, committing.type])) {
      const added = [represented.type, committing.type].filter((candidate) => candidate === type).length;
      expect(types.get(type)).toBe((typesBefore.get(type) ?? 0) + added);
    }
  });

  it('compares the areas per category, the ministries and the laws, and lists the ministries that keep items waiting longest', async () => {
    const NATIONAL = `{ nationalDashboard { heatMap { allianceSlug perCategory { category open } } openPerMinistry { ministry open }
      openPerLaw { law open } unansweredMinistries { ministry waiting oldestSince oldestDays } } }`;
    type National = {
      heatMap: { allianceSlug: string; perCategory: { category: string; open: number }[] }[];
      openPerMinistry: { ministry: string | null; open: number }[];
      openPerLaw: { law: string; open: number }[];
      unansweredMinistries: { ministry: string; waiting: number; oldestSince: string; oldestDays: number }[];
    };
    const read = async () => (await as<{ nationalDashboard: National }>('coordinator', NATIONAL)).nationalDashboard;
    const cell = (view: National, slug: string, category: string) =>
      view.heatMap.find((row) => row.allianceSlug === slug)?.perCategory.find((row) => row.category === category)?.open;
    const ministry = (view: National, name: string | null) => view.openPerMinistry.find((row) => row.ministry === name)?.open;
    const law = (view: National, name: string) => view.openPerLaw.find((row) => row.law === name)?.open ?? 0;
    const before = await read();
    expect(before.heatMap).toHaveLength(20);
    expect(before.heatMap.every((row) => row.perCategory.length === 9)).toBe(true);
    expect(before.openPerMinistry.map((row) => row.ministry)).toEqual(['BZK', 'OCW', 'JenV', 'SZW', 'VWS', null]);

    const create = async (input: Record<string, unknown>) =>
      (await as<{ createVastloper: { id: string } }>('director', CREATE, { input: { allianceId: ids[SLUG], actielijn: 'MEEDOEN', ...input } })).createVastloper.id;
    // Two laws in one reference, each counted once; confidential items count for the coordinator too.
    const a = await create({ title: 'Bijstand en toeslag', category: 'GEGEVENSDELING', owningMinistry: 'VWS', legalReference: 'Participatiewet art. 31; Wet testgevallen artikel 2' });
    await create({ title: 'Ondermijning', category: 'GEGEVENSDELING', owningMinistry: 'VWS', legalReference: 'Wet testgevallen', confidential: true });
    await create({ title: 'Geen ministerie', category: 'CAPACITEIT' });
    const resolved = await create({ title: 'Opgelost', category: 'GEGEVENSDELING', owningMinistry: 'VWS', legalReference: 'Wet testgevallen' });
    await as('director', RESOLVE, { id: resolved });
    // A waits at the rijksvertegenwoordiger for VWS since 400 days ago, longer than anything in the demo data.
    await as('director', ESCALATE, { id: a });
    await as('director', ESCALATE, { id: a });
    const since = DateTime.now().setZone(ZONE).minus({ days: 400 });
    await db.dataSource.query(`UPDATE vastloper SET rung_entered_at = $2 WHERE id = $1`, [a, since.toJSDate()]);
    await db.dataSource.query(`UPDATE answer_clock SET reached_ministry_at = $2 WHERE vastloper_id = $1 AND closed_at IS NULL`, [a, since.toJSDate()]);

    const after = await read();
    expect(cell(after, SLUG, 'GEGEVENSDELING')).toBe((cell(before, SLUG, 'GEGEVENSDELING') ?? 0) + 2);
    expect(cell(after, SLUG, 'CAPACITEIT')).toBe((cell(before, SLUG, 'CAPACITEIT') ?? 0) + 1);
    expect(cell(after, OTHER, 'GEGEVENSDELING')).toBe(cell(before, OTHER, 'GEGEVENSDELING'));
    expect(ministry(after, 'VWS')).toBe((ministry(before, 'VWS') ?? 0) + 2);
    expect(ministry(after, null)).toBe((ministry(before, null) ?? 0) + 1);
    expect(law(after, 'Wet testgevallen')).toBe(2);
    expect(after.openPerLaw.every((row, index) => index === 0 || after.openPerLaw[index - 1].open >= row.open)).toBe(true);
    const first = after.unansweredMinistries[0];
    expect(first).toMatchObject({ ministry: 'VWS', oldestDays: 400 });
    expect(new Date(first.oldestSince).getTime()).toBe(since.toMillis());
    const waitingBefore = before.unansweredMinistries.find((row) => row.ministry === 'VWS')?.waiting ?? 0;
    expect(first.waiting).toBe(waitingBefore + 1);
  });

  it('reads only the national figures a query asks for, each once', async () => {
    const statementsFor = async (query: string): Promise<readonly string[]> => {
      await as('coordinator', '{ me { id } }');
      counter.reset();
      await as('coordinator', query);
      return counter.statements;
    };
    const whole = await statementsFor(NATIONAL_DASHBOARD);
    const heatMap = await statementsFor('{ nationalDashboard { heatMap { allianceSlug perCategory { category open } } } }');
    const twice = await statementsFor('{ nationalDashboard { heatMap { allianceSlug } areas { open } totals { open } } }');
    // Counted from the kept open counts, not the vastloper table.
    expect(heatMap.filter((statement) => statement.includes('FROM vastloper v'))).toEqual([]);
    const counts = heatMap.filter((statement) => statement.includes('FROM vastloper_open_figures v'));
    expect(counts).toHaveLength(1);
    expect(counts[0]).toContain('GROUP BY v.alliance_id, v.category');
    expect(heatMap.length).toBeLessThan(whole.length - 5);
    // areas and totals share nothing with the heat map: three figure sets, no statement twice.
    expect(new Set(twice).size).toBe(twice.length);
  });

  it("refuses another alliance's dashboard as not found, and the national one to alliance roles", async () => {
    expect(errorCode(await graphqlRequest(url, ALLIANCE_DASHBOARD, { id: ids[OTHER] }, { token: tokens['partner'] }))).toBe('NOT_FOUND');
    expect(errorCode(await graphqlRequest(url, NATIONAL_DASHBOARD, {}, { token: tokens['director'] }))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url, ALLIANCE_DASHBOARD, { id: 'rotterdam' }, { token: tokens['director'] }))).toBe('BAD_USER_INPUT');
  });
});
