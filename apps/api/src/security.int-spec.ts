import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Redis } from 'ioredis';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, errorCode, graphqlData, graphqlRequest, signIn, startTestApi, testConfig, testRedisUrl, type GraphqlResult, type TestDatabase } from '@doorbraak/server-testing';

// Identity and authorization defects an independent probe found: taking over accounts through
// invitations, access tokens naming another person's session, owners and attendees from other
// alliances, the coordinator approving alliance minutes, and rows derived from confidential items.

const OWN = 'rotterdam-zuid';
const OTHER = 'utrecht-overvecht';
const THIRD = 'zaandam-oost';
const email = (role: string, slug = OWN) => `${role}.${slug}@demo.doorbraak.nl`;
// Someone of an alliance no test here adds anyone to.
const FOREIGN = email('partner', 'arnhem-oost');
const COORDINATOR = 'coordinator@demo.doorbraak.nl';
const ADMIN = 'admin@demo.doorbraak.nl';

const INVITE = `mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { url expiresAt emailSent } }`;
const INVITE_OUTCOME = `mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { url expiresAt emailSent addedToExistingAccount } }`;
const ACCEPT = 'mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken } }';
const ME = '{ me { id email memberships { role allianceName } } }';
const NOTIFICATIONS = '{ notifications(first: 100) { edges { node { kind message link } } } }';
const VASTLOPERS = 'query ($filter: VastloperFilter) { vastlopers(first: 50, filter: $filter) { totalCount } }';
const CREATE_ACTION = 'mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }';
const UPDATE_ACTION = 'mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id owner { id } } }';
const ACTION_ITEMS = 'query ($filter: ActionItemFilter) { actionItems(filter: $filter, first: 100) { edges { node { id description agendaItemId alliance { name } } } } }';
type ActionItemRows<T> = { actionItems: { edges: { node: T }[] } };
const PROGRESS = 'mutation ($id: ID!) { reportActionItemProgress(id: $id, note: "Loopt") { id } }';
const CREATE_MEETING = 'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }';
const SET_ATTENDEES = 'mutation ($id: ID!, $personIds: [ID!]!) { setMeetingAttendees(meetingId: $id, personIds: $personIds) { id } }';
const ADD_AGENDA_ITEM = 'mutation ($id: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $id, input: $input) { id } }';
const MARK_HELD = 'mutation ($id: ID!) { markMeetingHeld(meetingId: $id) { id } }';
const APPROVE = 'mutation ($id: ID!) { approveMinutes(meetingId: $id) { status } }';
const DECIDE = 'mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }';
const REGISTER = 'query ($filter: DecisionRegisterFilter) { decisionRegister(filter: $filter, first: 100) { edges { node { id text } } } }';
const MEETING = `query ($id: ID!) { meeting(id: $id) {
  agenda { id } decisions { id } actionItems { id } openCommitments { id } } }`;

type Invitation = { url: string | null; expiresAt: string | null; emailSent: boolean; addedToExistingAccount: boolean };

const tokenOf = (url: string | null): string => new URL(url as string).searchParams.get('token') as string;
const reasonOf = (result: GraphqlResult<unknown>): unknown => result.body.errors?.[0]?.extensions?.['reason'];

describe('identity and authorization', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  const alliances: Record<string, string> = {};
  const people: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const as = <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    graphqlData<T>(url, query, variables, { token: tokens[who] });
  const attempt = (who: string, query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest(url, query, variables, { token: tokens[who] });
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number(((await db.dataSource.query(sql, params)) as { count: string }[])[0].count);

  // Fixtures the API has no shortcut for (a held meeting, a confidential vastloper), as the schema owner.
  const insertMeeting = async (allianceId: string | null, status: string, scheduledAt = '2025-03-03T10:00:00Z'): Promise<string> => {
    const [row]: { id: string }[] = await db.dataSource.query(
      `INSERT INTO meeting (type, alliance_id, title, scheduled_at, status) VALUES ($1, $2, 'Beveiligingstoets', $3, $4) RETURNING id`,
      [allianceId === null ? 'DOORBRAAKOVERLEG' : 'ALLIANTIE', allianceId, scheduledAt, status],
    );
    return row.id;
  };
  const insertVastloper = async (allianceId: string, title: string, confidential: boolean): Promise<string> => {
    const [row]: { id: string }[] = await db.dataSource.query(
      `INSERT INTO vastloper (alliance_id, title, category, actielijn, owner_id, reporter_id, rung_entered_at, last_progress_at,
                              next_escalation_at, status, rung, confidential)
       VALUES ($1, $2, 'VEILIGHEID', 'VEILIGHEID', $3, $3, now(), now(), now() + interval '30 days', 'OPEN', 'ALLIANTIE', $4)
       RETURNING id`,
      [allianceId, title, people[email('programmadirecteur')], confidential],
    );
    return row.id;
  };
  // Agenda items go on through the API that owns them (the director drafts the agenda).
  const addAgendaItem = async (meetingId: string, title: string, vastloperId: string | null): Promise<string> =>
    (await as<{ addAgendaItem: { id: string } }>('director', ADD_AGENDA_ITEM, { id: meetingId, input: { title, kind: 'DISCUSSION', vastloperId } })).addAgendaItem
      .id;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    for (const row of (await db.dataSource.query(`SELECT slug, id FROM alliance`)) as { slug: string; id: string }[]) {
      alliances[row.slug] = row.id;
    }
    for (const row of (await db.dataSource.query(`SELECT email, id FROM person`)) as { email: string; id: string }[]) {
      people[row.email] = row.id;
    }
    const redis = new Redis(testRedisUrl());
    const keys = await redis.keys('login-fail-*');
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    ({ app, url } = await startTestApi(db.appUrl));
    const sessions = {
      director: email('programmadirecteur'),
      mayor: email('burgemeester'),
      partner: email('partner'),
      thirdDirector: email('programmadirecteur', THIRD),
      coordinator: COORDINATOR,
      admin: ADMIN,
    };
    for (const [who, address] of Object.entries(sessions)) {
      tokens[who] = (await signIn(url, address)).token;
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('invitations never hand over an account', () => {
    it("adds another alliance's partner to the director's alliance without a link, and the victim keeps their account", async () => {
      const victim = email('partner', OTHER);
      const { invitePerson } = await as<{ invitePerson: Invitation }>('director', INVITE, {
        input: { email: victim, name: 'Overname Poging', allianceId: alliances[OWN], role: 'PARTNER_MEMBER' },
      });
      // No link that sets a password: the person is told by e-mail (when configured) and signs in as always.
      expect(invitePerson).toEqual({ url: null, expiresAt: null, emailSent: false });
      expect(await count(`SELECT count(*) FROM invitation WHERE email = $1`, [victim])).toBe(0);

      // The victim's own password still works, and the new role is theirs, next to their own.
      const session = await signIn(url, victim);
      const { me } = await graphqlData<{ me: { email: string; memberships: { role: string; allianceName: string }[] } }>(url, ME, {}, {
        token: session.token,
      });
      expect(me.email).toBe(victim);
      expect(me.memberships).toHaveLength(2);

      // Told in the app as well, once, with a link to the alliance's page; the inviter is told nothing.
      const [{ slug }]: { slug: string }[] = await db.dataSource.query(
        `SELECT focus_area.slug FROM alliance JOIN focus_area ON focus_area.id = alliance.focus_area_id WHERE alliance.id = $1`,
        [alliances[OWN]],
      );
      type Inbox = { notifications: { edges: { node: { kind: string; message: string; link: string } }[] } };
      const rows = (inbox: Inbox) => inbox.notifications.edges.map((edge) => edge.node);
      const notifications = rows(await graphqlData<Inbox>(url, NOTIFICATIONS, {}, { token: session.token }));
      expect(notifications.filter((notification) => notification.kind === 'ROLE_GRANTED')).toEqual([
        { kind: 'ROLE_GRANTED', message: expect.stringContaining('toegevoegd als partner bij'), link: `/allianties/${slug}` },
      ]);
      const inviter = rows(await as<Inbox>('director', NOTIFICATIONS));
      expect(inviter.filter((notification) => notification.kind === 'ROLE_GRANTED')).toEqual([]);
      expect(inviter.map((notification) => notification.link)).not.toContain(`/allianties/${slug}`);

      // The director reads nothing of the victim's alliance.
      const { vastlopers } = await as<{ vastlopers: { totalCount: number } }>('director', VASTLOPERS, { filter: { allianceId: alliances[OTHER] } });
      expect(vastlopers.totalCount).toBe(0);
      expect(await count(`SELECT count(*) FROM vastloper WHERE alliance_id = $1`, [alliances[OTHER]])).toBeGreaterThan(0);

      expect(
        await count(`SELECT count(*) FROM audit_entry WHERE operation = 'invitePerson' AND entity_id = $1 AND after->>'existingAccount' = 'true'`, [
          people[victim],
        ]),
      ).toBe(1);
    });

    it("refuses a link on an account that already has a password, and the owner's password keeps working", async () => {
      const invitee = 'nieuwe.collega@rotterdam.nl';
      const input = { email: invitee, name: 'Nieuwe Collega', allianceId: alliances[OWN], role: 'BUREAU_MEMBER' };
      const first = (await as<{ invitePerson: Invitation }>('director', INVITE, { input })).invitePerson;
      // Asked again before the invitee answered: a second link, which the inviter keeps.
      const second = (await as<{ invitePerson: Invitation }>('director', INVITE, { input })).invitePerson;
      expect(first.url).not.toBeNull();
      expect(second.url).not.toBeNull();

      await graphqlData(url, ACCEPT, { token: tokenOf(first.url), password: 'mijn eigen wachtwoord' });
      const takeover = await graphqlRequest(url, ACCEPT, { token: tokenOf(second.url), password: 'het wachtwoord van de inviter' });
      expect(errorCode(takeover)).toBe('BAD_USER_INPUT');
      expect(reasonOf(takeover)).toBe('INVITATION_FOR_EXISTING_ACCOUNT');
      await expect(signIn(url, invitee, 'mijn eigen wachtwoord')).resolves.toHaveProperty('token');
      expect(errorCode(await graphqlRequest(url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', {
        e: invitee,
        p: 'het wachtwoord van de inviter',
      }))).toBe('UNAUTHENTICATED');
    });

    it('refuses a link on an account that signed in by single sign-on, which has no password', async () => {
      const invitee = 'sso.gebruiker@rotterdam.nl';
      const { invitePerson } = await as<{ invitePerson: Invitation }>('director', INVITE, {
        input: { email: invitee, name: 'Sso Gebruiker', allianceId: alliances[OWN], role: 'BUREAU_MEMBER' },
      });
      // The invitee signed in through the identity provider instead of using the link.
      await db.dataSource.query(`INSERT INTO auth_session (person_id, method) SELECT id, 'oidc' FROM person WHERE email = $1`, [invitee]);
      const takeover = await graphqlRequest(url, ACCEPT, { token: tokenOf(invitePerson.url), password: 'een wachtwoord erbij' });
      expect(reasonOf(takeover)).toBe('INVITATION_FOR_EXISTING_ACCOUNT');
      expect(await count(`SELECT count(*) FROM person WHERE email = $1 AND password_hash IS NOT NULL`, [invitee])).toBe(0);

      // Invited again, now to another role: added to the account, no link.
      const again = await as<{ invitePerson: Invitation }>('director', INVITE_OUTCOME, {
        input: { email: invitee, name: 'Sso Gebruiker', allianceId: alliances[OWN], role: 'PARTNER_MEMBER' },
      });
      expect(again.invitePerson).toEqual(expect.objectContaining({ url: null, addedToExistingAccount: true }));
    });

    it("does not show a new link to a director when the invitee already holds a role the director does not manage", async () => {
      const invitee = 'twee.allianties@example.nl';
      const first = await as<{ invitePerson: Invitation }>('thirdDirector', INVITE, {
        input: { email: invitee, name: 'Twee Allianties', allianceId: alliances[THIRD], role: 'BUREAU_MEMBER' },
      });
      expect(first.invitePerson.url).not.toBeNull();
      // Whoever holds a link acts with every role of the account, Zaandam's too: it goes to the invitee only.
      const second = await as<{ invitePerson: Invitation }>('director', INVITE, {
        input: { email: invitee, name: 'Twee Allianties', allianceId: alliances[OWN], role: 'PARTNER_MEMBER' },
      });
      expect(second.invitePerson.url).toBeNull();
      expect(second.invitePerson.expiresAt).not.toBeNull();
      expect(await count(`SELECT count(*) FROM invitation WHERE email = $1 AND accepted_at IS NULL`, [invitee])).toBe(2);
      expect(await count(`SELECT count(*) FROM membership m JOIN person p ON p.id = m.person_id WHERE p.email = $1`, [invitee])).toBe(2);
    });

    it("keeps a programme director away from the coordinator's and the administrator's accounts", async () => {
      for (const address of [COORDINATOR, ADMIN]) {
        const result = await attempt('director', INVITE, {
          input: { email: address, name: 'Iemand', allianceId: alliances[OWN], role: 'PROGRAMME_DIRECTOR' },
        });
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(result.body.data).toBeNull();
      }
      expect(await count(`SELECT count(*) FROM membership m JOIN person p ON p.id = m.person_id WHERE p.email IN ($1, $2) AND m.alliance_id IS NOT NULL`, [
        COORDINATOR,
        ADMIN,
      ])).toBe(0);
      await expect(signIn(url, COORDINATOR)).resolves.toHaveProperty('token');
    });

    it('invites to a national role when allianceId is simply left out', async () => {
      const { invitePerson } = await as<{ invitePerson: Invitation }>('admin', INVITE, {
        input: { email: 'nieuwe.coordinator@minbzk.nl', name: 'Nieuwe Coördinator', role: 'NATIONAL_COORDINATOR' },
      });
      expect(invitePerson.url).toMatch(/\/uitnodiging\?token=/);
      expect(
        await count(`SELECT count(*) FROM membership m JOIN person p ON p.id = m.person_id WHERE p.email = $1 AND m.role = 'NATIONAL_COORDINATOR' AND m.alliance_id IS NULL`, [
          'nieuwe.coordinator@minbzk.nl',
        ]),
      ).toBe(1);
      // An alliance role without an alliance is still refused, with a clear message.
      const missing = await attempt('director', INVITE, { input: { email: 'x@rotterdam.nl', name: 'X', role: 'BUREAU_MEMBER' } });
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      expect(missing.body.errors?.[0].message).toBe('BUREAU_MEMBER is held within an alliance.');
    });
  });

  describe('access tokens', () => {
    it("refuses a token that names the coordinator with the partner's own session", async () => {
      const partner = await signIn(url, email('partner', THIRD));
      const { me } = await graphqlData<{ me: { id: string } }>(url, ME, {}, { token: partner.token });
      const [{ id: sid }]: { id: string }[] = await db.dataSource.query(
        `SELECT id FROM auth_session WHERE person_id = $1 AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1`,
        [me.id],
      );
      // The tests' own secret: what a known development secret would have let anyone do.
      const jwt = new JwtService({ secret: testConfig({ databaseUrl: 'postgres://unused' }).jwtSecret });
      const sign = (sub: string) => jwt.sign({ sub, sid }, { algorithm: 'HS256', expiresIn: 600 });

      const forged = sign(people[COORDINATOR]);
      for (const query of [ME, VASTLOPERS, '{ auditEntries(first: 5) { totalCount } }']) {
        expect(errorCode(await graphqlRequest(url, query, {}, { token: forged }))).toBe('UNAUTHENTICATED');
      }
      // The same signature with the partner's own id works: the refusal is the session's person, not the signature.
      expect((await graphqlData<{ me: { id: string } }>(url, ME, {}, { token: sign(me.id) })).me.id).toBe(me.id);
      // Claims that are no ids are refused too, not answered with a server error.
      expect(errorCode(await graphqlRequest(url, ME, {}, { token: jwt.sign({ sub: 'x', sid: "' OR 1=1 --" }, { algorithm: 'HS256' }) }))).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('owners and attendees see what they are given', () => {
    it('refuses an action item owner from another alliance, and changes nothing', async () => {
      const before = await count(`SELECT count(*) FROM action_item`);
      const foreign = people[FOREIGN];
      const outsider = await attempt('director', CREATE_ACTION, {
        input: { allianceId: alliances[OWN], description: 'Gegevens aanleveren', ownerId: foreign, dueDate: '2031-06-01' },
      });
      expect(errorCode(outsider)).toBe('BAD_USER_INPUT');
      expect(reasonOf(outsider)).toBe('PERSON_NOT_ELIGIBLE');
      const commitment = await attempt('director', CREATE_ACTION, {
        input: { allianceId: alliances[OWN], description: 'Toezegging', ownerId: foreign, kind: 'COMMITMENT', committedBy: 'GEMEENTE' },
      });
      expect(reasonOf(commitment)).toBe('PERSON_NOT_ELIGIBLE');
      // Unknown ids get the very same answer, so the error tells nothing about other alliances.
      const unknown = await attempt('director', CREATE_ACTION, {
        input: { allianceId: alliances[OWN], description: 'X', ownerId: '00000000-0000-4000-8000-000000000000', dueDate: '2031-06-01' },
      });
      expect(reasonOf(unknown)).toBe('PERSON_NOT_ELIGIBLE');
      expect(await count(`SELECT count(*) FROM action_item`)).toBe(before);

      const { createActionItem } = await as<{ createActionItem: { id: string } }>('director', CREATE_ACTION, {
        input: { allianceId: alliances[OWN], description: 'Gegevens aanleveren', ownerId: people[email('partner')], dueDate: '2031-06-01' },
      });
      const moved = await attempt('director', UPDATE_ACTION, { id: createActionItem.id, input: { ownerId: foreign } });
      expect(reasonOf(moved)).toBe('PERSON_NOT_ELIGIBLE');
      expect(await db.dataSource.query(`SELECT owner_id FROM action_item WHERE id = $1`, [createActionItem.id])).toEqual([
        { owner_id: people[email('partner')] },
      ]);
    });

    it("does not show an action item or its alliance to an owner from another alliance", async () => {
      // An owner appointed before owners were checked.
      await db.dataSource.query(
        `INSERT INTO action_item (alliance_id, description, owner_id, due_date) VALUES ($1, 'Oud actiepunt met een vreemde eigenaar', $2, current_date + 30)`,
        [alliances[OWN], people[FOREIGN]],
      );
      const { token } = await signIn(url, FOREIGN);
      const actionItems = (
        await graphqlData<ActionItemRows<{ description: string; alliance: { name: string } }>>(url, ACTION_ITEMS, { filter: { mine: true } }, { token })
      ).actionItems.edges.map((edge) => edge.node);
      expect(actionItems.filter((item) => item.alliance.name.includes('Rotterdam'))).toEqual([]);
      expect(actionItems.map((item) => item.description)).not.toContain('Oud actiepunt met een vreemde eigenaar');
      const all = (await graphqlData<ActionItemRows<{ alliance: { name: string } }>>(url, ACTION_ITEMS, {}, { token })).actionItems.edges.map((edge) => edge.node);
      expect(all.filter((item) => item.alliance.name.includes('Rotterdam'))).toEqual([]);
    });

    it('refuses an attendee from another alliance, when planning and when inviting, and changes nothing', async () => {
      const foreign = people[FOREIGN];
      const planned = await attempt('director', CREATE_MEETING, {
        input: { type: 'ALLIANTIE', allianceId: alliances[OWN], scheduledAt: '2031-05-05T10:00:00Z', attendeePersonIds: [foreign] },
      });
      expect(reasonOf(planned)).toBe('PERSON_NOT_ELIGIBLE');

      const { createMeeting } = await as<{ createMeeting: { id: string } }>('director', CREATE_MEETING, {
        input: { type: 'ALLIANTIE', allianceId: alliances[OWN], scheduledAt: '2031-05-12T10:00:00Z', attendeePersonIds: [people[email('burgemeester')]] },
      });
      const invited = await attempt('director', SET_ATTENDEES, { id: createMeeting.id, personIds: [people[email('burgemeester')], foreign] });
      expect(errorCode(invited)).toBe('BAD_USER_INPUT');
      expect(reasonOf(invited)).toBe('PERSON_NOT_ELIGIBLE');
      expect(await db.dataSource.query(`SELECT person_id FROM meeting_attendee WHERE meeting_id = $1`, [createMeeting.id])).toEqual([
        { person_id: people[email('burgemeester')] },
      ]);
      // People of the alliance may be invited.
      await as('director', SET_ATTENDEES, { id: createMeeting.id, personIds: [people[email('burgemeester')], people[email('partner')]] });
    });
  });

  describe('minutes and decisions of alliance meetings', () => {
    it('lets the coordinator approve and decide on the doorbraakoverleg only; the mayor approves the alliance meeting', async () => {
      const allianceMeeting = await insertMeeting(alliances[OWN], 'HELD');
      const approve = await attempt('coordinator', APPROVE, { id: allianceMeeting });
      expect(errorCode(approve)).toBe('FORBIDDEN');
      const decide = await attempt('coordinator', DECIDE, { input: { meetingId: allianceMeeting, text: 'Het Rijk besluit voor de alliantie' } });
      expect(errorCode(decide)).toBe('FORBIDDEN');
      expect(await count(`SELECT count(*) FROM decision WHERE meeting_id = $1`, [allianceMeeting])).toBe(0);
      expect(await db.dataSource.query(`SELECT status FROM meeting WHERE id = $1`, [allianceMeeting])).toEqual([{ status: 'HELD' }]);

      await as('mayor', DECIDE, { input: { meetingId: allianceMeeting, text: 'De alliantie besluit zelf' } });
      expect((await as<{ approveMinutes: { status: string } }>('mayor', APPROVE, { id: allianceMeeting })).approveMinutes.status).toBe('MINUTES_APPROVED');

      const national = await insertMeeting(null, 'HELD');
      await as('coordinator', DECIDE, { input: { meetingId: national, text: 'Het doorbraakoverleg besluit' } });
      expect((await as<{ approveMinutes: { status: string } }>('coordinator', APPROVE, { id: national })).approveMinutes.status).toBe('MINUTES_APPROVED');
    });
  });

  describe('what is made from a confidential vastloper is as confidential', () => {
    let meetingId: string;
    let secretItem: string;
    let actionId: string;
    let commitmentId: string;
    let decisionId: string;

    beforeAll(async () => {
      meetingId = await insertMeeting(alliances[OWN], 'DRAFT', '2025-04-07T10:00:00Z');
      const secret = await insertVastloper(alliances[OWN], 'Ondermijning in de haven', true);
      const open = await insertVastloper(alliances[OWN], 'Wachtlijst jeugdzorg', false);
      secretItem = await addAgendaItem(meetingId, 'Ondermijning in de haven', secret);
      await addAgendaItem(meetingId, 'Wachtlijst jeugdzorg', open);
      await as('director', MARK_HELD, { id: meetingId });
      actionId = (
        await as<{ createActionItem: { id: string } }>('director', CREATE_ACTION, {
          input: { meetingId, agendaItemId: secretItem, description: 'Informatiedossier haven opstellen', ownerId: people[email('burgemeester')], dueDate: '2031-06-01' },
        })
      ).createActionItem.id;
      commitmentId = (
        await as<{ createActionItem: { id: string } }>('director', CREATE_ACTION, {
          input: { meetingId, agendaItemId: secretItem, description: 'Politie levert capaciteit', kind: 'COMMITMENT', committedBy: 'GEMEENTE' },
        })
      ).createActionItem.id;
      // A decision on the confidential agenda item, linked (say, by mistake) to an open vastloper.
      decisionId = (
        await as<{ recordDecision: { id: string } }>('mayor', DECIDE, {
          input: { meetingId, agendaItemId: secretItem, vastloperId: open, text: 'Extra toezicht in de haven' },
        })
      ).recordDecision.id;
    });

    it('hides them from a partner member in lists', async () => {
      const actionItems = (
        await as<ActionItemRows<{ id: string; agendaItemId: string | null }>>('partner', ACTION_ITEMS, { filter: { allianceId: alliances[OWN] } })
      ).actionItems.edges.map((edge) => edge.node);
      expect(actionItems.length).toBeGreaterThan(0);
      expect(actionItems.map((item) => item.id)).not.toEqual(expect.arrayContaining([actionId]));
      expect(actionItems.map((item) => item.id)).not.toEqual(expect.arrayContaining([commitmentId]));
      expect(actionItems.map((item) => item.agendaItemId)).not.toContain(secretItem);

      const { decisionRegister } = await as<{ decisionRegister: { edges: { node: { id: string } }[] } }>('partner', REGISTER, { filter: { allianceId: alliances[OWN] } });
      expect(decisionRegister.edges.map((edge) => edge.node.id)).not.toContain(decisionId);

      const { meeting } = await as<{ meeting: { agenda: { id: string }[]; decisions: { id: string }[]; actionItems: { id: string }[]; openCommitments: { id: string }[] } }>(
        'partner',
        MEETING,
        { id: meetingId },
      );
      expect(meeting.agenda).toHaveLength(1);
      expect(meeting.agenda.map((row) => row.id)).not.toContain(secretItem);
      expect(meeting.decisions).toEqual([]);
      expect(meeting.actionItems).toEqual([]);
      expect(meeting.openCommitments.map((row) => row.id)).not.toContain(commitmentId);
    });

    it('answers NOT_FOUND to a partner member by id, and shows them to the mayor', async () => {
      expect(errorCode(await attempt('partner', PROGRESS, { id: actionId }))).toBe('NOT_FOUND');
      expect(errorCode(await attempt('partner', 'mutation ($id: ID!) { updateDecision(id: $id, input: { text: "x" }) { id } }', { id: decisionId }))).toBe(
        'NOT_FOUND',
      );

      const { meeting } = await as<{ meeting: { agenda: { id: string }[]; decisions: { id: string }[]; actionItems: { id: string }[]; openCommitments: { id: string }[] } }>(
        'mayor',
        MEETING,
        { id: meetingId },
      );
      expect(meeting.agenda.map((row) => row.id)).toContain(secretItem);
      expect(meeting.decisions.map((row) => row.id)).toEqual([decisionId]);
      expect(meeting.actionItems.map((row) => row.id).sort()).toEqual([actionId, commitmentId].sort());
      expect(meeting.openCommitments.map((row) => row.id)).toContain(commitmentId);
      await as('mayor', PROGRESS, { id: actionId });
    });

    it('keeps amendments about it, and their notifications, from a partner member who attends', async () => {
      const secret = await insertVastloper(alliances[OWN], 'Drugslab in bedrijfspand', true);
      const { createMeeting } = await as<{ createMeeting: { id: string } }>('director', CREATE_MEETING, {
        input: {
          type: 'ALLIANTIE',
          allianceId: alliances[OWN],
          scheduledAt: '2031-09-01T10:00:00Z',
          attendeePersonIds: [people[email('burgemeester')], people[email('partner')]],
        },
      });
      await as('director', 'mutation ($id: ID!) { publishAgenda(meetingId: $id) { id } }', { id: createMeeting.id });
      const added = await as<{ addAgendaItem: { id: string } }>(
        'director',
        'mutation ($id: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $id, input: $input) { id } }',
        { id: createMeeting.id, input: { title: 'Drugslab in bedrijfspand', kind: 'DISCUSSION', vastloperId: secret } },
      );
      await as('director', 'mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }', { id: added.addAgendaItem.id });

      const amendments = async (who: string) =>
        (
          await as<{ meeting: { amendments: { description: string }[] } }>(who, 'query ($id: ID!) { meeting(id: $id) { amendments { description } } }', {
            id: createMeeting.id,
          })
        ).meeting.amendments.map((row) => row.description);
      expect(await amendments('partner')).toEqual([]);
      expect(await amendments('mayor')).toEqual(['Toegevoegd: Drugslab in bedrijfspand', 'Vervallen: Drugslab in bedrijfspand']);

      const told = async (who: string) =>
        (await as<{ notifications: { edges: { node: { message: string } }[] } }>(who, '{ notifications(first: 100) { edges { node { message } } } }')).notifications.edges
          .map((edge) => edge.node)
          .filter((row) =>
          row.message.includes('Drugslab'),
        );
      expect(await told('partner')).toEqual([]);
      expect(await told('mayor')).toHaveLength(2);
    });

    it('refuses a partner member as the owner of an action on the confidential item', async () => {
      const refused = await attempt('director', CREATE_ACTION, {
        input: { meetingId, agendaItemId: secretItem, description: 'Partner pakt het op', ownerId: people[email('partner')], dueDate: '2031-06-01' },
      });
      expect(reasonOf(refused)).toBe('PERSON_NOT_ELIGIBLE');
      const moved = await attempt('director', UPDATE_ACTION, { id: actionId, input: { ownerId: people[email('partner')] } });
      expect(reasonOf(moved)).toBe('PERSON_NOT_ELIGIBLE');
    });
  });
});
