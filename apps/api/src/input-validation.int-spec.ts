import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, isLeafType, isNonNullType } from 'graphql';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, graphqlRequest, signIn, startTestApi, type GraphqlResult, type TestApi, type TestDatabase } from '@doorbraak/server-testing';

const SLUG = 'rotterdam-zuid';
const email = (role: string) => `${role}.${SLUG}@demo.doorbraak.nl`;
const DAY_MS = 86_400_000;

const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id title description } }`;
const UPDATE_VASTLOPER = `mutation ($input: UpdateVastloperInput!) { updateVastloper(input: $input) { id } }`;
const PROGRESS = `mutation ($id: ID!, $t: String!, $at: DateTime) { addProgress(itemId: $id, text: $t, at: $at) { id at } }`;
const PARK = `mutation ($id: ID!, $t: String!, $until: DateTime!) { park(id: $id, reason: $t, until: $until) { status parkedUntil } }`;
const LOGIN = `mutation ($t: String!) { login(email: $t, password: "doorbraak") { accessToken } }`;
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id scheduledAt } }`;
const UPDATE_MEETING = `mutation ($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id scheduledAt } }`;
const HELD = `mutation ($id: ID!) { markMeetingHeld(meetingId: $id) { status } }`;
const MINUTES = `mutation ($id: ID!, $t: String) { updateMinutes(meetingId: $id, minutes: $t) { minutes } }`;
const ADD_ITEM = `mutation ($meetingId: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id kind } }`;
const DECIDE = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id outcome } }`;
const CREATE_ACTION = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id dueDate } }`;
const LADDER = `mutation ($id: ID!, $rungs: [RungSettingInput!]!) { updateEscalationLadder(allianceId: $id, rungs: $rungs) { rung duration } }`;
const VASTLOPERS = `query ($search: String) { vastlopers(filter: { search: $search }) { totalCount } }`;
const DOORBRAKEN = `query ($search: String) { doorbraken(filter: { search: $search }) { totalCount } }`;
const REGISTER = `query ($search: String) { decisionRegister(filter: { text: $search }) { edges { node { id } } } }`;

// Writes the refused requests must not make: the rows they would add to, and the audit trail.
const WRITTEN_TABLES = ['vastloper', 'progress_update', 'meeting', 'decision', 'action_item', 'escalation_rung_setting', 'audit_entry'];

describe('input validation: every argument checked once, before any resolver', () => {
  let db: TestDatabase;
  let api: TestApi;
  const tokens: Record<string, string> = {};
  let allianceId: string;
  let vastloperId: string;
  let heldMeetingId: string;
  let ownerId: string;

  const as = <T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    graphqlData<T>(api.url, query, variables, { token: tokens[who] });
  const attempt = (who: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<unknown>> =>
    graphqlRequest(api.url, query, variables, who ? { token: tokens[who] } : {});

  const snapshot = async (): Promise<Record<string, string>> => {
    const rows: { name: string; state: string }[] = await db.dataSource.query(
      WRITTEN_TABLES.map((table) => `SELECT '${table}' AS name, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS state FROM ${table} t`).join(
        ' UNION ALL ',
      ),
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.state]));
  };

  // Refused with 400 BAD_USER_INPUT (and the rule as reason), and nothing written anywhere.
  const expectRefused = async (request: () => Promise<GraphqlResult<unknown>>, reason: string, field?: string): Promise<string> => {
    const before = await snapshot();
    const result = await request();
    expect({ status: result.status, code: result.body.errors?.[0]?.extensions?.code, reason: result.body.errors?.[0]?.extensions?.['reason'] }).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      reason,
    });
    if (field) {
      expect(result.body.errors?.[0]?.extensions?.['field']).toBe(field);
    }
    expect(await snapshot()).toEqual(before);
    return result.body.errors?.[0]?.message ?? '';
  };

  const newVastloper = async (title: string): Promise<string> =>
    (
      await as<{ createVastloper: { id: string } }>('director', CREATE_VASTLOPER, {
        input: { allianceId, title, category: 'WET_EN_REGELGEVING', actielijn: 'MEEDOEN' },
      })
    ).createVastloper.id;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    [{ id: allianceId }] = await db.dataSource.query(`SELECT id FROM alliance WHERE slug = $1`, [SLUG]);
    [{ id: ownerId }] = await db.dataSource.query(`SELECT id FROM person WHERE email = $1`, [email('partner')]);
    api = await startTestApi(db.appUrl);
    for (const [who, address] of Object.entries({ director: email('programmadirecteur'), mayor: email('burgemeester'), admin: 'admin@demo.doorbraak.nl' })) {
      tokens[who] = (await signIn(api.url, address)).token;
    }
    vastloperId = await newVastloper('Jongeren zonder startkwalificatie vallen buiten de regeling');
    heldMeetingId = (
      await as<{ createMeeting: { id: string } }>('director', CREATE_MEETING, {
        input: { type: 'BESTUURLIJK', allianceId, scheduledAt: new Date(Date.now() - 2 * 3_600_000).toISOString() },
      })
    ).createMeeting.id;
    await as('director', HELD, { id: heldMeetingId });
  });

  afterAll(async () => {
    await api?.app.close();
    await db?.drop();
  });

  describe('text that is not text (NUL, lone UTF-16 surrogates) is refused in every string, not answered with a 500', () => {
    it('refuses a NUL character in a literal argument of an anonymous query', async () => {
      await expectRefused(() => attempt(null, '{ focusArea(slug: "a\\u0000b") { name } }'), 'INVALID_CHARACTERS', 'slug');
    });

    it.each([
      ['addProgress', PROGRESS, (t: string) => ({ id: vastloperId, t })],
      ['createVastloper', CREATE_VASTLOPER, (t: string) => ({ input: { allianceId, title: t, category: 'OVERIG', actielijn: 'MEEDOEN' } })],
      ['updateMinutes', MINUTES, (t: string) => ({ id: heldMeetingId, t })],
      ['park', PARK, (t: string) => ({ id: vastloperId, t, until: new Date(Date.now() + 30 * DAY_MS).toISOString() })],
    ])('refuses a lone surrogate and a NUL in the variables of %s', async (_name, query, variables) => {
      for (const text of ['x\ud800y', 'x\udc00', 'a\u0000b']) {
        await expectRefused(() => attempt('director', query, variables(text)), 'INVALID_CHARACTERS');
      }
    });

    it('refuses a lone surrogate in the e-mail address of a sign-in, before the password is checked', async () => {
      await expectRefused(() => attempt(null, LOGIN, { t: 'x\ud800y' }), 'INVALID_CHARACTERS', 'email');
    });

    it('refuses a NUL deep inside an input object, and in a list of dates', async () => {
      await expectRefused(
        () => attempt('director', UPDATE_VASTLOPER, { input: { id: vastloperId, legalReference: 'Participatiewet\u0000 art. 31' } }),
        'INVALID_CHARACTERS',
        'legalReference',
      );
      await expectRefused(
        () =>
          attempt('director', `mutation ($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) { id } }`, {
            input: { type: 'PROGRAMMATEAM', allianceId, scheduledAt: new Date(Date.now() + 30 * DAY_MS).toISOString(), intervalWeeks: 2, exceptions: ['2027-01-0\u00001'] },
          }),
        'INVALID_CHARACTERS',
        'exceptions',
      );
    });

    it('keeps characters outside the BMP (a surrogate pair) and accents', async () => {
      const { createVastloper } = await as<{ createVastloper: { title: string } }>('director', CREATE_VASTLOPER, {
        input: { allianceId, title: 'Bouwstop 🚧 in de Tarwewijk: één loket', category: 'HUISVESTING', actielijn: 'WONINGEN_EN_WIJKEN' },
      });
      expect(createVastloper.title).toBe('Bouwstop 🚧 in de Tarwewijk: één loket');
    });
  });

  describe('the DateTime scalar is strict: ISO-8601 with an offset, a real date, a plausible year', () => {
    it.each([
      ['not a date', 'INVALID_DATE_TIME'],
      ['', 'INVALID_DATE_TIME'],
      ['1e20', 'INVALID_DATE_TIME'],
      [1e20, 'INVALID_DATE_TIME'],
      [[], 'INVALID_DATE_TIME'],
      [{ at: 'now' }, 'INVALID_DATE_TIME'],
      ['2027-13-01T10:00:00Z', 'INVALID_DATE_TIME'],
      ['2027-02-30T10:00:00+01:00', 'INVALID_DATE_TIME'],
      ['2027-03-01T24:00:00Z', 'INVALID_DATE_TIME'],
      ['2027-03-01T10:00:00+99:00', 'INVALID_DATE_TIME'],
      ['2027-03-01T10:00:00', 'INVALID_DATE_TIME'],
      ['2027-03-01', 'INVALID_DATE_TIME'],
      ['10000-01-01T00:00:00Z', 'INVALID_DATE_TIME'],
      ['+275760-09-13T00:00:00Z', 'INVALID_DATE_TIME'],
      ['-000001-01-01T00:00:00Z', 'INVALID_DATE_TIME'],
      ['0000-01-01T00:00:00Z', 'DATE_OUT_OF_RANGE'],
      ['2200-01-01T00:00:00Z', 'DATE_OUT_OF_RANGE'],
    ])('refuses %j as a variable, whoever asks', async (until, reason) => {
      await expectRefused(() => attempt('director', PARK, { id: vastloperId, t: 'Wacht op VWS', until }), reason);
      // Refused while the request is read, so before anyone is asked who the caller is.
      await expectRefused(() => attempt(null, PARK, { id: '00000000-0000-0000-0000-000000000000', t: 'x', until }), reason);
    });

    it('refuses garbage in a literal argument with the same code', async () => {
      const message = await expectRefused(
        () => attempt('director', 'mutation { park(id: "00000000-0000-0000-0000-000000000000", reason: "x", until: "1e20") { id } }'),
        'INVALID_DATE_TIME',
      );
      expect(message).toMatch(/ISO-8601/);
    });

    it('no longer turns 30 February into 2 March, and takes a real date with its offset', async () => {
      await expectRefused(() => attempt('director', PARK, { id: vastloperId, t: 'Wacht', until: '2027-02-30T10:00:00+01:00' }), 'INVALID_DATE_TIME');
      const until = new Date(Math.floor((Date.now() + 40 * DAY_MS) / 1000) * 1000);
      // The same instant on a Dutch summer clock: 2 hours ahead of UTC.
      const local = `${new Date(until.getTime() + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`;
      const { park } = await as<{ park: { status: string; parkedUntil: string } }>('director', PARK, { id: vastloperId, t: 'Wacht op VWS', until: local });
      expect(park).toEqual({ status: 'GEPARKEERD', parkedUntil: until.toISOString() });
      await as('director', `mutation ($id: ID!) { unpark(id: $id) { status } }`, { id: vastloperId });
    });

    it('refuses a due date in year 0 or on a day that does not exist', async () => {
      for (const [dueDate, reason] of [
        ['0000-01-01', 'DATE_OUT_OF_RANGE'],
        ['2027-02-30', 'INVALID_DATE'],
        ['1 maart', 'INVALID_DATE'],
      ]) {
        await expectRefused(() => attempt('director', CREATE_ACTION, { input: { allianceId, description: 'Rapportage', ownerId, dueDate } }), reason, 'dueDate');
      }
    });
  });

  describe('search text is capped, so a long search is a clear error and not a failing query', () => {
    const words = Array.from({ length: 19_000 }, (_, index) => `w${index % 10}`).join(' ');

    it.each([
      ['vastlopers', VASTLOPERS],
      ['doorbraken', DOORBRAKEN],
      ['decisionRegister', REGISTER],
    ])('refuses about 19 000 words in %s, and more than 20 words; 20 words are fine', async (_name, query) => {
      await expectRefused(() => attempt('director', query, { search: words }), 'TEXT_TOO_LONG');
      const many = Array.from({ length: 21 }, (_, index) => `woord${index}`).join(' ');
      await expectRefused(() => attempt('director', query, { search: many }), 'TOO_MANY_WORDS');
      const fine = await attempt('director', query, { search: many.split(' ').slice(0, 20).join(' ') });
      expect(fine.body.errors).toBeUndefined();
    });
  });

  describe('operation types', () => {
    it('refuses a subscription over HTTP with 400 and a code, not a 500', async () => {
      const result = await attempt(null, 'subscription { me { id } }');
      expect(result.status).toBe(400);
      // Without a Subscription type it is an unknown operation type; with one, `me` is not among its fields.
      expect(result.body.errors?.[0]?.extensions?.code).toMatch(/^(BAD_REQUEST|GRAPHQL_VALIDATION_FAILED)$/);
    });

    it("refuses each of the schema's subscriptions over HTTP: they are served over WebSocket only", async () => {
      const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
      for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
        const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
        // Required arguments get a well-formed value, so the refusal is about the transport, not the document.
        const required = field.args.filter((arg) => isNonNullType(arg.type));
        const args = required.length ? `(${required.map((arg) => `${arg.name}: "${randomUUID()}"`).join(', ')})` : '';
        const result = await attempt('director', `subscription { ${field.name}${args} ${selection} }`);
        expect([result.status, result.body.errors?.[0]?.extensions?.code, result.body.errors?.[0]?.extensions?.['reason']]).toEqual([
          400,
          'BAD_REQUEST',
          'SUBSCRIPTION_OVER_HTTP',
        ]);
      }
    });
  });

  describe('every text input has a length that fits its purpose, and no control characters', () => {
    it.each([
      ['a progress note of 99 kB', PROGRESS, () => ({ id: vastloperId, t: 'x'.repeat(99_000) }), 'TEXT_TOO_LONG', 'text'],
      ['a park reason of 2 001 characters', PARK, () => ({ id: vastloperId, t: 'x'.repeat(2_001), until: new Date(Date.now() + DAY_MS * 9).toISOString() }), 'TEXT_TOO_LONG', 'reason'],
      ['a description of 10 001 characters', UPDATE_VASTLOPER, () => ({ input: { id: vastloperId, description: 'x'.repeat(10_001) } }), 'TEXT_TOO_LONG', 'description'],
      ['a legal reference of 201 characters', UPDATE_VASTLOPER, () => ({ input: { id: vastloperId, legalReference: 'x'.repeat(201) } }), 'TEXT_TOO_LONG', 'legalReference'],
      ['a title of 201 characters', UPDATE_VASTLOPER, () => ({ input: { id: vastloperId, title: 'x'.repeat(201) } }), 'TITLE_TOO_LONG', 'title'],
      ['an ESC in a title', UPDATE_VASTLOPER, () => ({ input: { id: vastloperId, title: 'Titel \u001b[31m rood' } }), 'CONTROL_CHARACTER', 'title'],
      ['a line break in a title', UPDATE_VASTLOPER, () => ({ input: { id: vastloperId, title: 'Twee\nregels' } }), 'CONTROL_CHARACTER', 'title'],
      ['a BEL in a description', UPDATE_VASTLOPER, () => ({ input: { id: vastloperId, description: 'Piep\u0007' } }), 'CONTROL_CHARACTER', 'description'],
      ['a C1 control in minutes', MINUTES, () => ({ id: heldMeetingId, t: 'Notulen\u0085' }), 'CONTROL_CHARACTER', 'minutes'],
      ['an e-mail address of 255 characters', LOGIN, () => ({ t: `${'x'.repeat(245)}@example.nl` }), 'TEXT_TOO_LONG', 'email'],
    ])('refuses %s', async (_name, query, variables, reason, field) => {
      await expectRefused(() => attempt('director', query, variables()), reason, field);
    });

    it('allows line breaks and tabs in multi-line text, and the maximum length', async () => {
      await as('director', UPDATE_VASTLOPER, { input: { id: vastloperId, description: 'Eerste regel\n\tingesprongen\r\nderde', title: 'é'.repeat(200) } });
      const [row] = await db.dataSource.query(`SELECT description, title FROM vastloper WHERE id = $1`, [vastloperId]);
      expect(row).toEqual({ description: 'Eerste regel\n\tingesprongen\r\nderde', title: 'é'.repeat(200) });
    });

    it('states the limits in the schema', () => {
      const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
      const input = schema.getType('CreateVastloperInput');
      if (!isInputObjectType(input)) {
        throw new Error('CreateVastloperInput is missing');
      }
      expect(input.getFields()['title'].description).toContain('At most 200 characters, on one line');
      expect(input.getFields()['description'].description).toContain('At most 10 000 characters; line breaks and tabs allowed');
      const park = schema.getMutationType()?.getFields()['park'];
      expect(park?.args.find((argument) => argument.name === 'until')?.description).toBe('In the future, and at most two years ahead.');
    });
  });

  describe('dates lie in a plausible window for their purpose', () => {
    it('refuses to move a meeting to year -1, 275760 or eleven years ahead, and allows next year', async () => {
      const { createMeeting } = await as<{ createMeeting: { id: string } }>('director', CREATE_MEETING, {
        input: { type: 'PROGRAMMATEAM', allianceId, scheduledAt: new Date(Date.now() + 20 * DAY_MS).toISOString() },
      });
      for (const [scheduledAt, reason] of [
        ['-000001-06-01T10:00:00Z', 'INVALID_DATE_TIME'],
        ['+275760-09-13T00:00:00Z', 'INVALID_DATE_TIME'],
        [new Date(Date.now() + 11 * 366 * DAY_MS).toISOString(), 'DATE_OUT_OF_RANGE'],
        [new Date(Date.now() - 2 * 366 * DAY_MS).toISOString(), 'DATE_OUT_OF_RANGE'],
      ]) {
        await expectRefused(() => attempt('director', UPDATE_MEETING, { id: createMeeting.id, input: { scheduledAt } }), reason);
      }
      const next = new Date(Date.now() + 300 * DAY_MS).toISOString();
      expect((await as<{ updateMeeting: { scheduledAt: string } }>('director', UPDATE_MEETING, { id: createMeeting.id, input: { scheduledAt: next } })).updateMeeting.scheduledAt).toBe(next);
    });

    it('refuses progress backdated to year -1 or two years, and takes last month', async () => {
      await expectRefused(() => attempt('director', PROGRESS, { id: vastloperId, t: 'Gesprek gevoerd', at: '-000001-01-01T00:00:00Z' }), 'INVALID_DATE_TIME');
      await expectRefused(
        () => attempt('director', PROGRESS, { id: vastloperId, t: 'Gesprek gevoerd', at: new Date(Date.now() - 2 * 366 * DAY_MS).toISOString() }),
        'DATE_OUT_OF_RANGE',
        'at',
      );
      const at = new Date(Date.now() - 30 * DAY_MS).toISOString();
      expect((await as<{ addProgress: { at: string } }>('director', PROGRESS, { id: vastloperId, t: 'Gesprek gevoerd', at })).addProgress.at).toBe(at);
    });

    it('refuses parking for ten years, and a due date forty years ahead', async () => {
      await expectRefused(
        () => attempt('director', PARK, { id: vastloperId, t: 'Wacht', until: new Date(Date.now() + 10 * 366 * DAY_MS).toISOString() }),
        'DATE_OUT_OF_RANGE',
        'until',
      );
      const dueDate = `${new Date().getUTCFullYear() + 40}-01-01`;
      await expectRefused(() => attempt('director', CREATE_ACTION, { input: { allianceId, description: 'Rapportage', ownerId, dueDate } }), 'DATE_OUT_OF_RANGE', 'dueDate');
    });
  });

  describe('stall times and decision outcomes', () => {
    it('refuses a stall time of P99999999Y, and takes one of a year', async () => {
      const before = await snapshot();
      const result = await attempt('director', LADDER, { id: allianceId, rungs: [{ rung: 'ALLIANTIE', duration: 'P99999999Y' }] });
      expect([result.status, result.body.errors?.[0]?.extensions?.code, result.body.errors?.[0]?.extensions?.['reason']]).toEqual([
        200,
        'BAD_USER_INPUT',
        'INVALID_STALL_TIME',
      ]);
      expect(await snapshot()).toEqual(before);
      const { updateEscalationLadder } = await as<{ updateEscalationLadder: { rung: string; duration: string | null }[] }>('director', LADDER, {
        id: allianceId,
        rungs: [{ rung: 'ALLIANTIE', duration: 'P1Y' }],
      });
      expect(updateEscalationLadder.find((rung) => rung.rung === 'ALLIANTIE')?.duration).toBe('P1Y');
      await as('director', LADDER, { id: allianceId, rungs: [] });
    });

    it('refuses an outcome on an agenda item that is not an escalation, and allows it on an escalation', async () => {
      const decided = await newVastloper('Leerplicht en jeugdhulp spreken elkaar tegen');
      const escalated = await newVastloper('Bijstand stopt bij een bijbaan');
      const { createMeeting } = await as<{ createMeeting: { id: string } }>('director', CREATE_MEETING, {
        input: { type: 'BESTUURLIJK', allianceId, scheduledAt: new Date(Date.now() - 3_600_000).toISOString() },
      });
      const item = async (vastloper: string, kind: string): Promise<string> =>
        (await as<{ addAgendaItem: { id: string } }>('director', ADD_ITEM, { meetingId: createMeeting.id, input: { title: 'Punt', kind, vastloperId: vastloper } }))
          .addAgendaItem.id;
      const decisionItem = await item(decided, 'DECISION');
      const escalationItem = await item(escalated, 'ESCALATION');
      await as('director', HELD, { id: createMeeting.id });

      const before = await snapshot();
      for (const outcome of ['RESOLVE', 'DE_ESCALATE', 'KEEP']) {
        const result = await attempt('mayor', DECIDE, { input: { meetingId: createMeeting.id, agendaItemId: decisionItem, text: 'Opgelost', outcome } });
        expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(await snapshot()).toEqual(before);
      const [{ status }] = await db.dataSource.query(`SELECT status FROM vastloper WHERE id = $1`, [decided]);
      expect(status).toBe('OPEN');

      await as('mayor', DECIDE, { input: { meetingId: createMeeting.id, agendaItemId: decisionItem, text: 'Besproken; geen uitkomst' } });
      await as('mayor', DECIDE, { input: { meetingId: createMeeting.id, agendaItemId: escalationItem, text: 'Opgelost met maatwerk', outcome: 'RESOLVE' } });
      const [{ status: resolved }] = await db.dataSource.query(`SELECT status FROM vastloper WHERE id = $1`, [escalated]);
      expect(resolved).toBe('OPGELOST');
    });
  });
});
