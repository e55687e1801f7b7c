import type { INestApplication } from '@nestjs/common';
import { PRIORITY_VOTES_PER_MEETING } from '@doorbraak/domain';
import { QUEUES } from '@doorbraak/server-core';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, graphqlRequest, obliterateQueues, signIn, signInDemoAccounts, startTestApi, type GraphqlResult, type TestDatabase } from '@doorbraak/server-testing';

type Reason = { factor: string; value: number; points: number };
type Candidate = {
  id: string;
  kind: 'DOSSIER' | 'VASTLOPER';
  rank: number;
  score: number;
  votes: number;
  myVotes: number;
  alreadyOnAgenda: boolean;
  reasons: Reason[];
  vastloper: { id: string; alliance: { id: string } } | null;
  dossier: { id: string } | null;
};
type Composer = { id: string; myVotesLeft: number; votesPerPerson: number; canVote: boolean; canCompose: boolean; votingOpen: boolean; votingClosesAt: string; candidates: Candidate[] };

const COMPOSER_FIELDS = `id myVotesLeft votesPerPerson canVote canCompose votingOpen votingClosesAt
  candidates { id kind rank score votes myVotes alreadyOnAgenda reasons { factor value points } vastloper { id alliance { id } } dossier { id } }`;
const COMPOSER = `query ($id: ID) { doorbraakoverlegComposer(meetingId: $id) { ${COMPOSER_FIELDS} } }`;
const CAST = `mutation ($m: ID!, $v: ID, $d: ID, $n: Int) { castPriorityVote(meetingId: $m, vastloperId: $v, dossierId: $d, votes: $n) { ${COMPOSER_FIELDS} } }`;
const WITHDRAW = `mutation ($m: ID!, $v: ID, $d: ID, $n: Int) { withdrawPriorityVote(meetingId: $m, vastloperId: $v, dossierId: $d, votes: $n) { ${COMPOSER_FIELDS} } }`;
const CREATE_VASTLOPER = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const ESCALATE = `mutation ($id: ID!) { escalate(itemId: $id, reason: "Komt niet verder zonder Den Haag") { ... on Vastloper { id rung } } }`;
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;

const COORDINATOR = 'coordinator@demo.doorbraak.nl';
const SLUGS = ['groningen-noord', 'delft-west'] as const;
type Slug = (typeof SLUGS)[number];
const DAY = 24 * 3_600_000;

describe('the doorbraakoverleg agenda composer', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let url: string;
  let coordinator: string;
  let tokens = new Map<string, string>();
  const alliances = new Map<Slug, string>();
  const inhabitants = new Map<Slug, number>();

  const rijks = (slug: Slug): string => tokens.get(`rijksvertegenwoordiger.${slug}`) as string;
  const director = (slug: Slug): string => tokens.get(`programmadirecteur.${slug}`) as string;
  const as = <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => graphqlData<T>(url, query, variables, { token });
  const attempt = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<Record<string, unknown>>> =>
    graphqlRequest(url, query, variables, { token });
  const reasonOf = (result: GraphqlResult<unknown>): unknown => result.body.errors?.[0]?.extensions?.['reason'];
  const codeOf = (result: GraphqlResult<unknown>): unknown => result.body.errors?.[0]?.extensions?.code;

  let counter = 0;
  // A vastloper escalated by hand from the programme bureau to the interdepartmental group (three moves up).
  const nationalVastloper = async (slug: Slug, fields: Record<string, unknown> = {}): Promise<string> => {
    const { id } = (
      await as<{ createVastloper: { id: string } }>(director(slug), CREATE_VASTLOPER, {
        input: { allianceId: alliances.get(slug), title: `Agendakandidaat ${++counter}`, category: 'FINANCIERING', actielijn: 'WONINGEN_EN_WIJKEN', ...fields },
      })
    ).createVastloper;
    for (let move = 0; move < 3; move += 1) {
      await as(move < 2 ? director(slug) : rijks(slug), ESCALATE, { id });
    }
    return id;
  };
  const doorbraakoverleg = async (inDays = 14): Promise<string> =>
    (
      await as<{ createMeeting: { id: string } }>(coordinator, CREATE_MEETING, {
        input: { type: 'DOORBRAAKOVERLEG', scheduledAt: new Date(Date.now() + inDays * DAY).toISOString() },
      })
    ).createMeeting.id;
  const composerOf = async (token: string, meetingId: string | null): Promise<Composer> =>
    (await as<{ doorbraakoverlegComposer: Composer }>(token, COMPOSER, { id: meetingId })).doorbraakoverlegComposer;
  const candidateOf = (composer: Composer, id: string): Candidate | undefined => composer.candidates.find((candidate) => candidate.id === id);
  const cast = (token: string, meetingId: string, candidate: { v?: string; d?: string }, votes = 1): Promise<GraphqlResult<Record<string, unknown>>> =>
    attempt(token, CAST, { m: meetingId, ...candidate, n: votes });
  const withdraw = (token: string, meetingId: string, candidate: { v?: string; d?: string }, votes = 1): Promise<GraphqlResult<Record<string, unknown>>> =>
    attempt(token, WITHDRAW, { m: meetingId, ...candidate, n: votes });
  const storedVotes = async (meetingId: string): Promise<number> =>
    Number((await db.dataSource.query(`SELECT coalesce(sum(votes), 0) AS total FROM priority_vote WHERE meeting_id = $1`, [meetingId]))[0].total);

  beforeAll(async () => {
    await obliterateQueues([QUEUES.notifications]);
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    for (const row of (await db.dataSource.query(
      `SELECT a.id, f.slug, f.inhabitants FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id`,
    )) as { id: string; slug: Slug; inhabitants: number }[]) {
      alliances.set(row.slug, row.id);
      inhabitants.set(row.slug, row.inhabitants);
    }
    ({ app: api, url } = await startTestApi(db.appUrl));
    coordinator = (await signIn(url, COORDINATOR)).token;
    tokens = await signInDemoAccounts(url, ['programmadirecteur', 'rijksvertegenwoordiger'], SLUGS);
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    await obliterateQueues([QUEUES.notifications]);
    await db?.drop();
  });

  it('ranks candidates by the stated formula, gives its reasons, and moves a candidate up with votes', async () => {
    const meeting = await doorbraakoverleg();
    const [first, second] = [await nationalVastloper('groningen-noord'), await nationalVastloper('groningen-noord')];
    const before = await composerOf(rijks('groningen-noord'), meeting);
    const a = candidateOf(before, first) as Candidate;
    const b = candidateOf(before, second) as Candidate;
    expect(a.reasons).toEqual([
      { factor: 'ALLIANCES', value: 1, points: 10 },
      { factor: 'INHABITANTS', value: inhabitants.get('groningen-noord'), points: Math.round(((inhabitants.get('groningen-noord') as number) / 10_000) * 10) / 10 },
      { factor: 'WORKING_DAYS_STUCK', value: 0, points: 0 },
      { factor: 'ESCALATIONS', value: 3, points: 15 },
      { factor: 'UNANSWERED_MINISTRIES', value: 0, points: 0 },
      { factor: 'VOTES', value: 0, points: 0 },
    ]);
    expect(a.score).toBe(b.score);
    expect(before.candidates.map((candidate) => candidate.rank)).toEqual(before.candidates.map((_, index) => index + 1));

    // The later one, by id order or not, climbs above its twin with two votes.
    const voted = a.rank < b.rank ? second : first;
    const other = voted === first ? second : first;
    const result = await cast(rijks('groningen-noord'), meeting, { v: voted }, 2);
    expect(result.body.errors).toBeUndefined();
    const after = await composerOf(coordinator, meeting);
    const up = candidateOf(after, voted) as Candidate;
    expect(up).toMatchObject({ votes: 2, myVotes: 0, score: a.score + 16 });
    expect(up.reasons.find((reason) => reason.factor === 'VOTES')).toEqual({ factor: 'VOTES', value: 2, points: 16 });
    expect(up.rank).toBeLessThan((candidateOf(after, other) as Candidate).rank);
    expect(after.candidates.map((candidate) => candidate.score)).toEqual([...after.candidates.map((candidate) => candidate.score)].sort((x, y) => y - x));
  });

  it('counts a ministry that has not acknowledged in time', async () => {
    const meeting = await doorbraakoverleg();
    const id = await nationalVastloper('groningen-noord', { owningMinistry: 'SZW' });
    await db.dataSource.query(`UPDATE answer_clock SET acknowledge_by = now() - interval '1 day', reached_ministry_at = now() - interval '2 days' WHERE vastloper_id = $1`, [id]);
    const candidate = candidateOf(await composerOf(coordinator, meeting), id) as Candidate;
    expect(candidate.reasons.find((reason) => reason.factor === 'UNANSWERED_MINISTRIES')).toEqual({ factor: 'UNANSWERED_MINISTRIES', value: 1, points: 15 });
  });

  it('limits the votes per person and per meeting, several on one candidate, and gives them back on withdrawal', async () => {
    const [meeting, otherMeeting] = [await doorbraakoverleg(), await doorbraakoverleg(21)];
    const [a, b] = [await nationalVastloper('groningen-noord'), await nationalVastloper('groningen-noord')];
    const delft = await nationalVastloper('delft-west');
    const voter = rijks('groningen-noord');
    const [{ at: start }]: { at: Date }[] = await db.dataSource.query(`SELECT now() AS at`);

    expect((await cast(voter, meeting, { v: a }, 3)).body.errors).toBeUndefined();
    const full = (await cast(voter, meeting, { v: b }, 2)).body.data?.['castPriorityVote'] as Composer;
    expect(full.myVotesLeft).toBe(0);
    expect(candidateOf(full, a)).toMatchObject({ votes: 3, myVotes: 3 });

    const over = await cast(voter, meeting, { v: a });
    expect([codeOf(over), reasonOf(over)]).toEqual(['BAD_USER_INPUT', 'VOTES_EXHAUSTED']);
    expect(await storedVotes(meeting)).toBe(PRIORITY_VOTES_PER_MEETING);

    // Another meeting has its own votes, and another rijksvertegenwoordiger their own.
    expect((await cast(voter, otherMeeting, { v: a }, 5)).body.errors).toBeUndefined();
    expect((await cast(rijks('delft-west'), meeting, { v: delft }, 5)).body.errors).toBeUndefined();

    const back = (await withdraw(voter, meeting, { v: a }, 2)).body.data?.['withdrawPriorityVote'] as Composer;
    expect(back.myVotesLeft).toBe(2);
    expect(candidateOf(back, a)).toMatchObject({ myVotes: 1 });
    const tooMany = await withdraw(voter, meeting, { v: a }, 2);
    expect(reasonOf(tooMany)).toBe('NO_VOTES_TO_WITHDRAW');
    expect((await withdraw(voter, meeting, { v: a }, 1)).body.errors).toBeUndefined();
    expect((await composerOf(voter, meeting)).myVotesLeft).toBe(3);

    // One audit entry per change, none for the refusals.
    const trail: { operation: string; before: { votes: number } | null; after: { votes: number } | null }[] = await db.dataSource.query(
      `SELECT e.operation, e.before, e.after FROM audit_entry e JOIN person p ON p.id = e.actor_id
        WHERE e.entity_type = 'PriorityVote' AND p.email = 'rijksvertegenwoordiger.groningen-noord@demo.doorbraak.nl' AND e.at >= $1 ORDER BY e.at, e.id`,
      [start],
    );
    expect(trail.map((entry) => [entry.operation, entry.before?.votes ?? null, entry.after?.votes ?? null])).toEqual([
      ['castPriorityVote', null, 3],
      ['castPriorityVote', null, 2],
      ['castPriorityVote', null, 5],
      ['withdrawPriorityVote', 3, 1],
      ['withdrawPriorityVote', 1, null],
    ]);
  });

  it('holds the limit when requests arrive at once: one of two that together exceed it fails, the total stays within', async () => {
    const meeting = await doorbraakoverleg();
    const [a, b] = [await nationalVastloper('groningen-noord'), await nationalVastloper('groningen-noord')];
    const voter = rijks('groningen-noord');
    const results = await Promise.all([cast(voter, meeting, { v: a }, 3), cast(voter, meeting, { v: b }, 3)]);
    expect(results.map((result) => reasonOf(result) ?? 'OK').sort()).toEqual(['OK', 'VOTES_EXHAUSTED']);
    expect(await storedVotes(meeting)).toBe(3);

    const many = await Promise.all(Array.from({ length: 6 }, () => cast(voter, meeting, { v: a }, 1)));
    expect(many.filter((result) => !result.body.errors).length).toBe(2);
    expect(many.filter((result) => reasonOf(result) === 'VOTES_EXHAUSTED').length).toBe(4);
    expect(await storedVotes(meeting)).toBe(PRIORITY_VOTES_PER_MEETING);
  });

  it('takes no votes once the agenda is published, within 48 hours of the meeting, or for another kind of meeting', async () => {
    const id = await nationalVastloper('groningen-noord');
    const voter = rijks('groningen-noord');
    const published = await doorbraakoverleg();
    expect((await cast(voter, published, { v: id })).body.errors).toBeUndefined();
    await as(coordinator, `mutation ($id: ID!) { publishAgenda(meetingId: $id) { id } }`, { id: published });
    const afterPublishing = await cast(voter, published, { v: id });
    expect([codeOf(afterPublishing), reasonOf(afterPublishing)]).toEqual(['INVALID_TRANSITION', 'VOTING_CLOSED']);
    expect(reasonOf(await withdraw(voter, published, { v: id }))).toBe('VOTING_CLOSED');
    expect(await storedVotes(published)).toBe(1);
    expect(await composerOf(voter, published)).toMatchObject({ votingOpen: false, canVote: false });

    const soon = await doorbraakoverleg(1);
    expect(reasonOf(await cast(voter, soon, { v: id }))).toBe('VOTING_CLOSED');

    const alliantie = (
      await as<{ createMeeting: { id: string } }>(director('groningen-noord'), CREATE_MEETING, {
        input: { type: 'ALLIANTIE', allianceId: alliances.get('groningen-noord'), scheduledAt: new Date(Date.now() + 14 * DAY).toISOString() },
      })
    ).createMeeting.id;
    expect(reasonOf(await cast(voter, alliantie, { v: id }))).toBe('NOT_A_DOORBRAAKOVERLEG');
    expect(reasonOf(await attempt(voter, COMPOSER, { id: alliantie }))).toBe('NOT_A_DOORBRAAKOVERLEG');
  });

  it('refuses bad input with a code and changes nothing', async () => {
    const meeting = await doorbraakoverleg();
    const id = await nationalVastloper('groningen-noord');
    const voter = rijks('groningen-noord');
    const local = (
      await as<{ createVastloper: { id: string } }>(director('groningen-noord'), CREATE_VASTLOPER, {
        input: { allianceId: alliances.get('groningen-noord'), title: 'Nog bij het programmabureau', category: 'OVERIG', actielijn: 'MEEDOEN' },
      })
    ).createVastloper.id;
    expect(reasonOf(await cast(voter, meeting, { v: local }))).toBe('NOT_A_CANDIDATE');
    expect(reasonOf(await cast(voter, meeting, {}))).toBe('CANDIDATE_REQUIRED');
    expect(reasonOf(await cast(voter, meeting, { v: id }, 0))).toBe('INVALID_VOTES');
    expect(reasonOf(await cast(voter, meeting, { v: id }, 6))).toBe('INVALID_VOTES');
    expect(reasonOf(await cast(voter, meeting, { v: 'not-an-id' }))).toBe('INVALID_ID');
    expect(codeOf(await cast(voter, '00000000-0000-4000-8000-000000000000', { v: id }))).toBe('NOT_FOUND');
    expect(await storedVotes(meeting)).toBe(0);
  });

  it('ranks only what the caller may read; a dossier stands in for the vastlopers it carries', async () => {
    const meeting = await doorbraakoverleg();
    const [groningen, delft] = [await nationalVastloper('groningen-noord'), await nationalVastloper('delft-west')];
    const { createDossier } = await as<{ createDossier: { id: string } }>(
      coordinator,
      `mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id } }`,
      { input: { title: 'Onrendabele top bij sloop en nieuwbouw', cause: 'Het gat tussen kosten en opbrengst.', owningMinistry: 'BZK', vastloperIds: [groningen, delft] } },
    );
    const alone = await nationalVastloper('delft-west');

    const national = await composerOf(coordinator, meeting);
    expect(candidateOf(national, groningen)).toBeUndefined();
    expect(candidateOf(national, delft)).toBeUndefined();
    const dossier = candidateOf(national, createDossier.id) as Candidate;
    expect(dossier).toMatchObject({ kind: 'DOSSIER', dossier: { id: createDossier.id }, vastloper: null });
    expect(dossier.reasons.slice(0, 2)).toEqual([
      { factor: 'ALLIANCES', value: 2, points: 20 },
      expect.objectContaining({ factor: 'INHABITANTS', value: (inhabitants.get('groningen-noord') as number) + (inhabitants.get('delft-west') as number) }),
    ]);
    expect(dossier.reasons.find((reason) => reason.factor === 'ESCALATIONS')?.value).toBe(6);

    // The rijksvertegenwoordiger of Groningen sees the dossier through their own item only, and no Delft item.
    const own = await composerOf(rijks('groningen-noord'), meeting);
    expect(candidateOf(own, createDossier.id)?.reasons[0]).toEqual({ factor: 'ALLIANCES', value: 1, points: 10 });
    expect(candidateOf(own, alone)).toBeUndefined();
    expect(own.candidates.filter((candidate) => candidate.vastloper).every((candidate) => candidate.vastloper?.alliance.id === alliances.get('groningen-noord'))).toBe(true);
    expect(candidateOf(national, alone)).toBeDefined();

    // They vote on the dossier, not on another alliance's item; a programme director sees no composer at all.
    expect((await cast(rijks('groningen-noord'), meeting, { d: createDossier.id }, 2)).body.errors).toBeUndefined();
    expect(candidateOf(await composerOf(coordinator, meeting), createDossier.id)).toMatchObject({ votes: 2 });
    expect(codeOf(await cast(rijks('groningen-noord'), meeting, { v: alone }))).toBe('NOT_FOUND');
    expect(await composerOf(director('groningen-noord'), meeting)).toBeNull();
    expect(codeOf(await cast(director('groningen-noord'), meeting, { v: groningen }))).toBe('FORBIDDEN');
    expect(codeOf(await cast(coordinator, meeting, { d: createDossier.id }))).toBe('FORBIDDEN');
  });

  it('lets the coordinator put a vastloper or a dossier on the agenda with the agenda API, and then shows it there', async () => {
    const meeting = await doorbraakoverleg();
    const id = await nationalVastloper('groningen-noord');
    await cast(rijks('groningen-noord'), meeting, { v: id }, 5);
    const composer = await composerOf(coordinator, meeting);
    expect(composer).toMatchObject({ canCompose: true, canVote: false });
    expect((await composerOf(rijks('groningen-noord'), meeting)).canCompose).toBe(false);
    const top = composer.candidates.find((candidate) => candidate.id === id) as Candidate;
    expect(top.alreadyOnAgenda).toBe(false);

    const add = `mutation ($m: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $m, input: $input) { id vastloperId } }`;
    const input = { title: 'Agendakandidaat', kind: 'DECISION', vastloperId: id };
    // A rijksvertegenwoordiger votes but does not compose; the national meeting itself is not theirs to see.
    expect(codeOf(await attempt(rijks('groningen-noord'), add, { m: meeting, input }))).toBe('NOT_FOUND');
    await as(coordinator, add, { m: meeting, input });
    expect(candidateOf(await composerOf(coordinator, meeting), id)?.alreadyOnAgenda).toBe(true);

    // A dossier candidate goes on the agenda as the dossier.
    const { createDossier } = await as<{ createDossier: { id: string } }>(coordinator, `mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id } }`, {
      input: { title: 'Woningtoewijzing zonder wijkvoorrang', cause: 'De Huisvestingswet laat het niet toe.', owningMinistry: 'BZK', vastloperIds: [await nationalVastloper('delft-west')] },
    });
    expect(candidateOf(await composerOf(coordinator, meeting), createDossier.id)?.alreadyOnAgenda).toBe(false);
    await as(coordinator, add, { m: meeting, input: { title: 'Woningtoewijzing', kind: 'DECISION', dossierId: createDossier.id } });
    expect(candidateOf(await composerOf(coordinator, meeting), createDossier.id)?.alreadyOnAgenda).toBe(true);
  });

  it('opens the next doorbraakoverleg not yet held when no meeting is named', async () => {
    const composer = await composerOf(rijks('groningen-noord'), null);
    const [next]: { id: string }[] = await db.dataSource.query(
      `SELECT id FROM meeting WHERE type = 'DOORBRAAKOVERLEG' AND status IN ('DRAFT', 'AGENDA_PUBLISHED') AND scheduled_at > now() ORDER BY scheduled_at, id LIMIT 1`,
    );
    expect(composer.id).toBe(next.id);
  });
});
