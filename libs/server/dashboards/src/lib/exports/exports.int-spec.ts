import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, signIn, startTestApi, type TestDatabase } from '@doorbraak/server-testing';

const SLUG = 'rotterdam-zuid';
const OTHER = 'zaandam-oost';
const email = (role: string, slug = SLUG) => `${role}.${slug}@demo.doorbraak.nl`;
const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const CREATE_DOSSIER = `mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id } }`;
const REMOVE = 'mutation ($d: ID!, $v: ID!) { removeVastloperFromDossier(dossierId: $d, vastloperId: $v, reason: "Hoort hier niet") { id } }';
const NOTE = 'mutation ($d: ID!) { addDossierNote(dossierId: $d, kind: DECISION, text: "Besluit: experimenteerbepaling") { id } }';
// Texts a CSV must quote: quotes, a semicolon and (in a resolution; a title is one line) a line break.
const TRICKY = 'Gegevens "delen"; wie mag wat?';
const MULTILINE = '=SOM(A1:A9) is geen formule;\nTweede regel met "citaat"';
const VASTLOPER_HEADER = [
  'Id', 'Alliantie', 'Titel', 'Categorie', 'Actielijn', 'Status', 'Trede', 'Ministerie', 'Juridische grondslag', 'Gevraagde oplossing',
  'Vertrouwelijk', 'Eigenaar', 'Gemeld op', 'Laatste voortgang', 'Opgelost op', 'Oplossing', 'Dossier',
];

// RFC 4180 with a semicolon: quoted fields may hold the separator, quotes (doubled) and line breaks.
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  expect(field).toBe('');
  return rows;
};

describe('the exports for the ministries’ own reporting', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let url: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}) => graphqlData<T>(url, query, variables, { token: tokens[who] });
  const get = (who: string | null, path: string) => fetch(`${url}/exports/${path}`, { headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });
  const csv = async (who: string, path: string) => {
    const response = await get(who, path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    return { header, rows };
  };
  const xlsx = async (who: string, path: string) => {
    const response = await get(who, path);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook;
  };
  const sheetRows = (workbook: ExcelJS.Workbook, name: string): unknown[][] => {
    const rows: unknown[][] = [];
    workbook.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };
  const visibleIds = async (where: string, parameters: unknown[]): Promise<string[]> =>
    ((await db.dataSource.query(`SELECT v.id FROM vastloper v JOIN alliance a ON a.id = v.alliance_id WHERE ${where}`, parameters)) as { id: string }[])
      .map((row) => row.id)
      .sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    ({ app: api, url } = await startTestApi(db.appUrl));
    const accounts = {
      director: email('programmadirecteur'),
      rv: email('rijksvertegenwoordiger'),
      partner: email('partner'),
      otherDirector: email('programmadirecteur', OTHER),
      coordinator: 'coordinator@demo.doorbraak.nl',
      admin: 'admin@demo.doorbraak.nl',
    };
    for (const [who, address] of Object.entries(accounts)) {
      tokens[who] = (await signIn(url, address)).token;
      [{ id: ids[who] }] = await db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [address]);
    }
    for (const slug of [SLUG, OTHER]) [{ id: ids[slug] }] = await db.dataSource.query(`SELECT id FROM alliance WHERE slug = $1`, [slug]);
    const create = async (who: string, slug: string, input: Record<string, unknown>) =>
      (await as<{ createVastloper: { id: string } }>(who, CREATE_VASTLOPER, { input: { allianceId: ids[slug], actielijn: 'VEILIGHEID', ...input } })).createVastloper.id;
    ids['tricky'] = await create('director', SLUG, { title: TRICKY, category: 'GEGEVENSDELING', owningMinistry: 'JenV', legalReference: 'AVG art. 6' });
    ids['confidential'] = await create('director', SLUG, { title: 'Ondermijning via vastgoed', category: 'VEILIGHEID', confidential: true });
    ids['elsewhere'] = await create('otherDirector', OTHER, { title: 'Zaandams knelpunt', category: 'GEGEVENSDELING', owningMinistry: 'JenV' });
    ids['leaving'] = await create('otherDirector', OTHER, { title: 'Zaandams vertrek', category: 'GEGEVENSDELING' });
    ids['dossier'] = (
      await as<{ createDossier: { id: string } }>('coordinator', CREATE_DOSSIER, {
        input: {
          title: 'Gegevensdeling bij ondermijning',
          cause: 'De AVG',
          owningMinistry: 'JenV',
          vastloperIds: [ids['tricky'], ids['confidential'], ids['elsewhere'], ids['leaving']],
          reason: 'Eén oorzaak',
        },
      })
    ).createDossier.id;
    await as('coordinator', REMOVE, { d: ids['dossier'], v: ids['leaving'] });
    await as('coordinator', NOTE, { d: ids['dossier'] });
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('refuses without a session (401), to a role that reads no items (403), and names what it does not know (404)', async () => {
    const anonymous = await get(null, 'vastlopers.csv');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const admin = await get('admin', 'dossiers.xlsx');
    expect(admin.status).toBe(403);
    expect(await admin.json()).toMatchObject({ code: 'FORBIDDEN' });
    for (const path of ['onzin.csv', 'vastlopers.pdf', 'vastlopers-tijdlijn.xlsx', 'dossiers-onzin.csv']) {
      const response = await get('coordinator', path);
      expect({ path, status: response.status, body: await response.json() }).toMatchObject({ path, status: 404, body: { code: 'NOT_FOUND' } });
    }
  });

  it('refuses a bad filter with a 400 and a code that says which', async () => {
    for (const [path, reason] of [
      ['vastlopers.csv?rung=HOOG', 'INVALID_FILTER'],
      ['vastlopers.csv?status=OPEN,KLAAR', 'INVALID_FILTER'],
      ['vastlopers.xlsx?kleur=rood', 'INVALID_FILTER'],
      ['vastlopers.csv?ministry=BZK&ministry=VWS', 'INVALID_FILTER'],
      ['dossiers.csv?status=OPGELOST', 'INVALID_FILTER'],
      ['dossiers.csv?allianceId=rotterdam', 'INVALID_ID'],
      ['vastlopers.csv?stalledOnly=ja', 'INVALID_FILTER'],
      [`vastlopers.csv?search=${'woord%20'.repeat(21)}`, 'TOO_MANY_WORDS'],
    ]) {
      const response = await get('coordinator', path);
      expect({ path, status: response.status, body: await response.json() }).toMatchObject({ path, status: 400, body: { code: 'BAD_USER_INPUT', reason } });
    }
  });

  it('holds only the vastlopers the caller may read: a rijksvertegenwoordiger their alliances’, confidential ones included; a partner no confidential ones', async () => {
    const idsOf = (rows: string[][]) => rows.map((row) => row[0]).sort();
    const coordinator = await csv('coordinator', 'vastlopers.csv');
    expect(coordinator.header).toEqual(VASTLOPER_HEADER);
    expect(idsOf(coordinator.rows)).toEqual(await visibleIds('TRUE', []));

    const rv = await csv('rv', 'vastlopers.csv');
    const rvAlliances: { alliance_id: string }[] = await db.dataSource.query(
      `SELECT alliance_id FROM membership WHERE person_id = $1 AND alliance_id IS NOT NULL`,
      [ids['rv']],
    );
    expect(rvAlliances.map((row) => row.alliance_id)).toContain(ids[SLUG]);
    expect(idsOf(rv.rows)).toEqual(await visibleIds('v.alliance_id = ANY($1::uuid[])', [rvAlliances.map((row) => row.alliance_id)]));
    expect(idsOf(rv.rows)).toEqual(expect.arrayContaining([ids['tricky'], ids['confidential']]));
    expect(idsOf(rv.rows)).not.toContain(ids['elsewhere']);

    const partner = await csv('partner', 'vastlopers.csv');
    expect(idsOf(partner.rows)).toEqual(await visibleIds('v.alliance_id = $1 AND NOT v.confidential', [ids[SLUG]]));
    expect(partner.rows.every((row) => row[10] === 'nee')).toBe(true);
  });

  it('applies the filters of the screen', async () => {
    const filtered = await csv('coordinator', `vastlopers.csv?category=GEGEVENSDELING&status=OPEN,IN_BEHANDELING&ministry=JenV&allianceId=${ids[SLUG]}`);
    expect(filtered.rows.map((row) => row[0]).sort()).toEqual(
      await visibleIds(`v.category = 'GEGEVENSDELING' AND v.status IN ('OPEN', 'IN_BEHANDELING') AND v.owning_ministry = 'JenV' AND v.alliance_id = $1`, [ids[SLUG]]),
    );
    expect(filtered.rows.map((row) => row[0])).toContain(ids['tricky']);
    const searched = await csv('coordinator', `vastlopers.csv?search=${encodeURIComponent('delen wie mag')}&status=OPEN&stalledOnly=false`);
    expect(searched.rows.map((row) => row[0])).toContain(ids['tricky']);
    expect(searched.rows.every((row) => row[5] === 'OPEN')).toBe(true);
    const stalled = await csv('coordinator', 'vastlopers.csv?stalledOnly=true&status=OPEN,IN_BEHANDELING');
    expect(stalled.rows.map((row) => row[0]).sort()).toEqual(
      await visibleIds(`v.status IN ('OPEN', 'IN_BEHANDELING') AND (v.next_escalation_at <= now() OR v.overdue_at IS NOT NULL)`, []),
    );
    const top = await csv('coordinator', 'vastlopers.csv?rung=DOORBRAAKOVERLEG&status=OPGELOST');
    expect(top.rows.map((row) => row[0]).sort()).toEqual(await visibleIds(`v.rung = 'DOORBRAAKOVERLEG' AND v.status = 'OPGELOST'`, []));
  });

  it('writes a CSV that reads back: quotes, semicolons and line breaks kept, dates in Amsterdam time, a formula defused', async () => {
    await db.dataSource.query(`UPDATE vastloper SET created_at = '2026-07-01T22:30:00Z', resolution = $2 WHERE id = $1`, [ids['tricky'], MULTILINE]);
    const { header, rows } = await csv('rv', 'vastlopers.csv');
    const row = rows.find((candidate) => candidate[0] === ids['tricky']) as string[];
    expect(row).toHaveLength(header.length);
    expect(row[header.indexOf('Titel')]).toBe(TRICKY);
    expect(row[header.indexOf('Alliantie')]).toMatch(/Rotterdam|NPRZ/);
    expect(row[header.indexOf('Gemeld op')]).toBe('02-07-2026 00:30');
    expect(row[header.indexOf('Oplossing')]).toBe(`'${MULTILINE}`);
    expect(row[header.indexOf('Dossier')]).toBe('Gegevensdeling bij ondermijning');
  });

  it('writes an XLSX that opens, with the vastlopers and their timelines as sheets, and the same rows as the CSV', async () => {
    const workbook = await xlsx('rv', 'vastlopers.xlsx');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Vastlopers', 'Tijdlijn']);
    const [header, ...rows] = sheetRows(workbook, 'Vastlopers');
    expect(header).toEqual(VASTLOPER_HEADER);
    const { rows: csvRows } = await csv('rv', 'vastlopers.csv');
    expect(rows.map((row) => row[0])).toEqual(csvRows.map((row) => row[0]));
    expect(rows.find((row) => row[0] === ids['tricky'])?.[2]).toBe(TRICKY);
    const timeline = sheetRows(workbook, 'Tijdlijn');
    expect(timeline[0]).toEqual(['Vastloper-id', 'Vastloper', 'Moment', 'Soort', 'Van trede', 'Naar trede', 'Tekst', 'Door']);
    const timelineIds = new Set(timeline.slice(1).map((row) => row[0]));
    expect([...timelineIds].every((id) => csvRows.some((row) => row[0] === id))).toBe(true);
  });

  it('exports the dossiers with the lineage and timeline of each, only the stays of vastlopers the caller may read', async () => {
    const coordinator = await xlsx('coordinator', 'dossiers.xlsx');
    expect(coordinator.worksheets.map((sheet) => sheet.name)).toEqual(['Dossiers', 'Vastlopers', 'Tijdlijn']);
    const stays = (workbook: ExcelJS.Workbook) => sheetRows(workbook, 'Vastlopers').filter((row) => row[0] === ids['dossier']);
    // All four joined at one moment, so their order among themselves is not fixed.
    const vastlopersOf = (workbook: ExcelJS.Workbook) => stays(workbook).map((row) => row[2]).sort();
    expect(vastlopersOf(coordinator)).toEqual([ids['tricky'], ids['confidential'], ids['elsewhere'], ids['leaving']].sort());
    const left = stays(coordinator).find((row) => row[2] === ids['leaving']) as unknown[];
    expect([left[10], left[11]]).toEqual(['REMOVED', 'Hoort hier niet']);
    expect(stays(coordinator).map((row) => row[7])).toEqual(['Eén oorzaak', 'Eén oorzaak', 'Eén oorzaak', 'Eén oorzaak']);
    expect(sheetRows(coordinator, 'Tijdlijn').filter((row) => row[0] === ids['dossier']).map((row) => [row[3], row[4]])).toEqual([
      ['DECISION', 'Besluit: experimenteerbepaling'],
    ]);

    const rv = await xlsx('rv', 'dossiers.xlsx');
    expect(sheetRows(rv, 'Dossiers').some((row) => row[0] === ids['dossier'])).toBe(true);
    expect(vastlopersOf(rv)).toEqual([ids['tricky'], ids['confidential']].sort());
    const partner = await csv('partner', 'dossiers-vastlopers.csv');
    expect(partner.rows.filter((row) => row[0] === ids['dossier']).map((row) => row[2])).toEqual([ids['tricky']]);
    const otherDirector = await csv('otherDirector', 'dossiers.csv?status=OPEN');
    expect(otherDirector.rows.map((row) => row[0])).toContain(ids['dossier']);
    const closed = await csv('otherDirector', 'dossiers.csv?status=CLOSED');
    expect(closed.rows.map((row) => row[0])).not.toContain(ids['dossier']);
    expect(closed.rows.every((row) => row[7] === 'CLOSED')).toBe(true);
  });
});
