import { alliancesWhere, type Actor } from '@doorbraak/domain';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, graphqlRequest, signIn, startTestApi, type GraphqlResult, type Session, type TestApi, type TestDatabase } from '@doorbraak/server-testing';
import {
  actionOf,
  expectedOutcome,
  loadRuleSets,
  MATRIX_ROLES,
  type MatrixPerson,
  type MatrixRole,
  type MatrixSetup,
  type OperationRule,
  type RuleSet,
  type Target,
} from './testing/operation-rules';

const OWN = 'rotterdam-zuid';
const OTHER = 'zaandam-oost';

// The demo accounts of the own alliance, and one bureau member made for the matrix.
const EMAILS: Record<Exclude<MatrixRole, 'ANONYMOUS'>, string> = {
  PROGRAMME_DIRECTOR: `programmadirecteur.${OWN}@demo.doorbraak.nl`,
  BUREAU_MEMBER: `bureau.${OWN}@matrix.doorbraak.nl`,
  MAYOR: `burgemeester.${OWN}@demo.doorbraak.nl`,
  PARTNER_MEMBER: `partner.${OWN}@demo.doorbraak.nl`,
  RIJKSVERTEGENWOORDIGER: `rijksvertegenwoordiger.${OWN}@demo.doorbraak.nl`,
  NATIONAL_COORDINATOR: 'coordinator@demo.doorbraak.nl',
  ADMIN: 'admin@demo.doorbraak.nl',
};

const ROOT_FIELDS = `{ __schema {
  queryType { fields { name } }
  mutationType { fields { name } }
  subscriptionType { fields { name } }
} }`;

// Codes that mean the rule's call is broken, not that access was decided.
const BROKEN = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR', 'NO_CODE'];

// The server could not answer (its database pool was busy): not an access decision.
const UNAVAILABLE = 'UNAVAILABLE (SERVICE_UNAVAILABLE)';

const ruleSets = loadRuleSets();

// The generated authorization matrix: every root field × every role × own alliance, another
// alliance and the national level, against what can() in the domain policy says.
describe('the authorization matrix', () => {
  let db: TestDatabase;
  let api: TestApi;
  let setup: MatrixSetup;
  let operations: string[];
  const sessions = new Map<MatrixRole, Session>();
  const slugs = new Map<string, string>();
  const fixtures = new Map<string, unknown>();

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    await db.dataSource.query(
      `WITH bureau AS (
         INSERT INTO person (email, name, password_hash)
         SELECT $1, 'Bureau Matrix', password_hash FROM person WHERE email = $2
         RETURNING id)
       INSERT INTO membership (person_id, alliance_id, role)
       SELECT bureau.id, alliance.id, 'BUREAU_MEMBER' FROM bureau, alliance WHERE alliance.slug = $3`,
      [EMAILS.BUREAU_MEMBER, EMAILS.PROGRAMME_DIRECTOR, OWN],
    );
    api = await startTestApi(db.appUrl);

    const allianceRows: { id: string; slug: string; focus_area_slug: string }[] = await db.dataSource.query(
      `SELECT a.id, a.slug, f.slug AS focus_area_slug FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id`,
    );
    allianceRows.forEach((row) => slugs.set(row.id, row.slug));
    const alliance = (slug: string) => {
      const row = allianceRows.find((candidate) => candidate.slug === slug);
      if (!row) throw new Error(`no alliance ${slug}`);
      return { id: row.id, slug: row.slug, focusAreaSlug: row.focus_area_slug };
    };

    const people = {} as Record<Exclude<MatrixRole, 'ANONYMOUS'>, MatrixPerson>;
    for (const [role, email] of Object.entries(EMAILS) as [Exclude<MatrixRole, 'ANONYMOUS'>, string][]) {
      const rows: { person_id: string; alliance_id: string | null; role: Actor['memberships'][number]['role'] }[] = await db.dataSource.query(
        `SELECT m.person_id, m.alliance_id, m.role FROM membership m JOIN person p ON p.id = m.person_id WHERE p.email = $1`,
        [email],
      );
      const actor: Actor = {
        personId: rows[0].person_id,
        memberships: rows.map((row) => ({ allianceId: row.alliance_id, role: row.role })),
      };
      people[role] = { id: actor.personId, email, actor };
      sessions.set(role, await signIn(api.url, email));
    }
    setup = {
      db: db.dataSource,
      apiUrl: api.url,
      app: api.app,
      alliances: { own: alliance(OWN), other: alliance(OTHER) },
      people,
      signIn: (email) => signIn(api.url, email),
    };
    for (const set of ruleSets) {
      fixtures.set(set.feature, await set.prepare?.(setup));
    }

    const { __schema } = await graphqlData<{
      __schema: Record<'queryType' | 'mutationType' | 'subscriptionType', { fields: { name: string }[] } | null>;
    }>(api.url, ROOT_FIELDS);
    operations = [
      ...(__schema.queryType?.fields ?? []).map((field) => `Query.${field.name}`),
      ...(__schema.mutationType?.fields ?? []).map((field) => `Mutation.${field.name}`),
      ...(__schema.subscriptionType?.fields ?? []).map((field) => `Subscription.${field.name}`),
    ];
  });

  afterAll(async () => {
    await api?.app.close();
    await db?.drop();
  });

  it('puts the alliance roles in the own alliance only, so "other" is another alliance to every one of them', () => {
    for (const role of MATRIX_ROLES) {
      if (role === 'ANONYMOUS' || role === 'NATIONAL_COORDINATOR' || role === 'ADMIN') continue;
      expect(setup.people[role].actor.memberships).toEqual([{ allianceId: setup.alliances.own.id, role }]);
    }
  });

  it('has a rule for every query, mutation and subscription in the schema', () => {
    const covered = new Set<string>(ruleSets.flatMap((set) => set.rules.map((rule) => rule.operation)));
    const missing = operations.filter((operation) => !covered.has(operation));
    // Add the rule to apps/api/src/testing/rules/<feature>.rules.ts (see operation-rules.ts).
    expect(missing.map((operation) => `${operation} has no rule in apps/api/src/testing/rules/`)).toEqual([]);
  });

  it('has no rule for an operation the schema does not have, and no rule twice', () => {
    const known = new Set(operations);
    const rules = ruleSets.flatMap((set) => set.rules.map((rule) => ({ feature: set.feature, rule })));
    expect(rules.filter(({ rule }) => !known.has(rule.operation)).map(({ feature, rule }) => `${feature}: ${rule.operation}`)).toEqual([]);
    const names = rules.map(({ feature, rule }) => `${feature}: ${rule.name}`);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  // What happened: an outcome, or what went wrong with the call or the rows of a list.
  const observe = (
    rule: OperationRule<unknown>,
    result: GraphqlResult<Record<string, unknown>>,
    actor: Actor | null,
    target: Target,
    allianceId: string | null,
  ): string => {
    const errors = result.body.errors ?? [];
    const broken = errors.find((error) => BROKEN.includes(error.extensions?.code ?? 'NO_CODE'));
    if (broken) {
      return `BROKEN CALL (${broken.extensions?.code ?? 'NO_CODE'}: ${broken.message})`;
    }
    const codes = errors.map((error) => error.extensions?.code);
    if (codes.includes('SERVICE_UNAVAILABLE')) {
      return UNAVAILABLE;
    }
    const refusal = (['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'] as const).find((code) => codes.includes(code));
    if (refusal) {
      return refusal;
    }
    if (!rule.rowAlliances || !result.body.data) {
      return 'ALLOWED';
    }
    const rows = rule.rowAlliances(result.body.data);
    const visible = actor && rule.access.kind === 'policy' ? alliancesWhere(actor, actionOf(rule.access, target)) : [];
    const leaked = visible === 'ALL' ? [] : rows.filter((id) => !visible.includes(id));
    if (leaked.length > 0) {
      return `LEAK (rows of ${[...new Set(leaked)].map((id) => slugs.get(id) ?? id).join(', ')})`;
    }
    return allianceId !== null && rows.includes(allianceId) ? 'ALLOWED' : 'FILTERED';
  };

  const runRole = async (set: RuleSet<unknown>, rule: OperationRule<unknown>, role: MatrixRole): Promise<string[]> => {
    const mismatches: string[] = [];
    const person = role === 'ANONYMOUS' ? null : setup.people[role];
    for (const target of rule.targets) {
      const allianceId = target === 'national' ? null : setup.alliances[target].id;
      const expected = expectedOutcome(rule, person?.actor ?? null, target, allianceId);
      let observed = UNAVAILABLE;
      // A server too busy to answer (the roles run at once) decided nothing: ask again, a few times.
      for (let attempt = 0; attempt < 4 && observed === UNAVAILABLE; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
        const call = await rule.call({ ...setup, fixture: fixtures.get(set.feature), role, target, allianceId, person });
        const token = call.token === undefined ? sessions.get(role)?.token : (call.token ?? undefined);
        const result = rule.send
          ? await rule.send(call, token)
          : await graphqlRequest<Record<string, unknown>>(api.url, call.query, call.variables ?? {}, { token, cookie: call.cookie });
        observed = observe(rule, result, person?.actor ?? null, target, allianceId);
      }
      if (observed !== expected) {
        mismatches.push(`${role} on ${target}: the policy says ${expected}, the API did ${observed}`);
      }
    }
    return mismatches;
  };

  const runRule = async (set: RuleSet<unknown>, rule: OperationRule<unknown>): Promise<string[]> => {
    if (!rule.sequential) {
      return (await Promise.all(MATRIX_ROLES.map((role) => runRole(set, rule, role)))).flat();
    }
    const mismatches: string[] = [];
    for (const role of MATRIX_ROLES) {
      mismatches.push(...(await runRole(set, rule, role)));
    }
    return mismatches;
  };

  for (const set of ruleSets) {
    describe(set.feature, () => {
      for (const rule of set.rules) {
        it(`${rule.name}: every role gets what the policy allows`, async () => {
          expect(await runRule(set, rule)).toEqual([]);
        });
      }
    });
  }
});
