import type { INestApplication } from '@nestjs/common';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, graphqlRequest, signIn, startTestApi, type GraphqlResult, type TestDatabase } from '@doorbraak/server-testing';

const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const CREATE_DOSSIER = `mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id } }`;
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const ADD_ITEM = `mutation ($meetingId: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id dossierId dossier { id title } } }`;
const AGENDA = `query ($id: ID!) { meeting(id: $id) { agenda { id title dossierId dossier { id title } } } }`;

const COORDINATOR = 'coordinator@demo.doorbraak.nl';
const GRONINGEN = 'groningen-noord';
const DELFT = 'delft-west';

type AgendaRow = { id: string; title: string; dossierId: string | null; dossier: { id: string; title: string } | null };

describe('agenda items about a national dossier', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let url: string;
  const tokens = new Map<string, string>();
  const alliances = new Map<string, string>();

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    graphqlData<T>(url, query, variables, { token: tokens.get(who) as string });
  const attempt = (who: string, query: string, variables: Record<string, unknown>): Promise<GraphqlResult<Record<string, unknown>>> =>
    graphqlRequest(url, query, variables, { token: tokens.get(who) as string });
  const codeOf = (result: GraphqlResult<unknown>): unknown => result.body.errors?.[0]?.extensions?.code;

  let counter = 0;
  const vastloper = async (slug: string): Promise<string> =>
    (
      await as<{ createVastloper: { id: string } }>(`programmadirecteur.${slug}`, CREATE_VASTLOPER, {
        input: { allianceId: alliances.get(slug), title: `Agendadossier ${++counter}`, category: 'GEGEVENSDELING', actielijn: 'MEEDOEN' },
      })
    ).createVastloper.id;
  const dossier = async (vastloperIds: string[]): Promise<string> =>
    (
      await as<{ createDossier: { id: string } }>(COORDINATOR, CREATE_DOSSIER, {
        input: { title: `Gegevensdeling ${++counter}`, cause: 'De AVG houdt gegevensdeling tegen.', owningMinistry: 'JenV', vastloperIds },
      })
    ).createDossier.id;
  const meeting = async (who: string, type: string, allianceId: string | null): Promise<string> =>
    (
      await as<{ createMeeting: { id: string } }>(who, CREATE_MEETING, {
        input: { type, allianceId, scheduledAt: new Date(Date.now() + (30 + ++counter) * 86_400_000).toISOString() },
      })
    ).createMeeting.id;
  const agendaOf = async (who: string, meetingId: string): Promise<AgendaRow[]> =>
    (await as<{ meeting: { agenda: AgendaRow[] } }>(who, AGENDA, { id: meetingId })).meeting.agenda;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    for (const row of (await db.dataSource.query(`SELECT a.id, f.slug FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id`)) as { id: string; slug: string }[]) {
      alliances.set(row.slug, row.id);
    }
    ({ app: api, url } = await startTestApi(db.appUrl));
    for (const email of [COORDINATOR, ...[GRONINGEN, DELFT].flatMap((slug) => [`programmadirecteur.${slug}`, `partner.${slug}`])]) {
      tokens.set(email, (await signIn(url, email.includes('@') ? email : `${email}@demo.doorbraak.nl`)).token);
    }
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('puts a dossier on the doorbraakoverleg agenda; those who may read the dossier see it there, others do not see the item', async () => {
    const id = await dossier([await vastloper(DELFT)]);
    const overleg = await meeting(COORDINATOR, 'DOORBRAAKOVERLEG', null);

    const { addAgendaItem } = await as<{ addAgendaItem: AgendaRow }>(COORDINATOR, ADD_ITEM, {
      meetingId: overleg,
      input: { title: 'Gegevensdeling school en zorg', kind: 'DISCUSSION', dossierId: id },
    });
    expect(addAgendaItem).toMatchObject({ dossierId: id, dossier: { id } });

    // A partner of the alliance whose item the dossier carries sees it (the doorbraakoverleg's linked-items rule).
    expect(await agendaOf(`partner.${DELFT}`, overleg)).toEqual([expect.objectContaining({ id: addAgendaItem.id, dossier: { id, title: expect.any(String) } })]);
    // A partner elsewhere may not read the dossier, so neither the item nor the meeting is there for them.
    const stranger = await attempt(`partner.${GRONINGEN}`, AGENDA, { id: overleg });
    expect(codeOf(stranger)).toBe('NOT_FOUND');
  });

  it('links a dossier on an alliance meeting only when it carries an item of that alliance', async () => {
    const groningenItem = await vastloper(GRONINGEN);
    const ours = await dossier([groningenItem, await vastloper(DELFT)]);
    const theirs = await dossier([await vastloper(DELFT)]);
    const alliantie = await meeting(`programmadirecteur.${GRONINGEN}`, 'ALLIANTIE', alliances.get(GRONINGEN) as string);

    const added = await as<{ addAgendaItem: AgendaRow }>(`programmadirecteur.${GRONINGEN}`, ADD_ITEM, {
      meetingId: alliantie,
      input: { title: 'Landelijk dossier gegevensdeling', kind: 'INFORMATION', dossierId: ours },
    });
    expect(added.addAgendaItem.dossier?.id).toBe(ours);

    // The programme director may not read a dossier that carries only another alliance's items: not found.
    const unreadable = await attempt(`programmadirecteur.${GRONINGEN}`, ADD_ITEM, {
      meetingId: alliantie,
      input: { title: 'Niet van ons', kind: 'INFORMATION', dossierId: theirs },
    });
    expect(codeOf(unreadable)).toBe('NOT_FOUND');
    const unknown = await attempt(`programmadirecteur.${GRONINGEN}`, ADD_ITEM, {
      meetingId: alliantie,
      input: { title: 'Onbekend', kind: 'INFORMATION', dossierId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    // One subject per item.
    const both = await attempt(`programmadirecteur.${GRONINGEN}`, ADD_ITEM, {
      meetingId: alliantie,
      input: { title: 'Twee', kind: 'INFORMATION', dossierId: ours, vastloperId: groningenItem },
    });
    expect(both.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    const malformed = await attempt(`programmadirecteur.${GRONINGEN}`, ADD_ITEM, { meetingId: alliantie, input: { title: 'Kapot', kind: 'INFORMATION', dossierId: 'nope' } });
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });

    expect((await agendaOf(`programmadirecteur.${GRONINGEN}`, alliantie)).map((row) => row.dossierId)).toEqual([ours]);
  });
});
