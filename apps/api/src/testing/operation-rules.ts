import type { INestApplication } from '@nestjs/common';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { can, type Action, type Actor, type AllianceRole, type NationalRole } from '@doorbraak/domain';
import type { GraphqlResult, Session } from '@doorbraak/server-testing';

// The authorization matrix's registry: for every root field of the schema, how to call it and what
// the role policy (libs/domain, policy.ts) says each role may do with it. Each feature keeps its
// rules in its own file, ./rules/<feature>.rules.ts, exporting `RULES = defineRules({ ... })`; the
// matrix test (authorization-matrix.int-spec.ts) finds the files itself, and fails for any query,
// mutation or subscription without a rule.

export type MatrixRole = AllianceRole | NationalRole | 'ANONYMOUS';

export const MATRIX_ROLES: readonly MatrixRole[] = [
  'PROGRAMME_DIRECTOR',
  'BUREAU_MEMBER',
  'MAYOR',
  'PARTNER_MEMBER',
  'RIJKSVERTEGENWOORDIGER',
  'NATIONAL_COORDINATOR',
  'ADMIN',
  'ANONYMOUS',
];

// Where a call acts: the caller's own alliance, another alliance, or the national level.
// (Alliance roles all belong to the own alliance; national roles to none.)
export type Target = 'own' | 'other' | 'national';

// ALLOWED: no UNAUTHENTICATED, FORBIDDEN or NOT_FOUND error (and, for lists, the target's rows are
// there). FILTERED: a list without the target's rows.
export type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'FILTERED';

export type Access =
  // Anyone, signed in or not.
  | { kind: 'public' }
  // Any signed-in person; anonymous callers get UNAUTHENTICATED.
  | { kind: 'authenticated' }
  // What the policy allows: can(actor, action, { allianceId of the target }), or else orAction.
  | { kind: 'policy'; action: Action | ((target: Target) => Action); orAction?: Action };

// How a refusal shows: an error code, rows left out of a list, or NOT_FOUND for callers who may not
// even see the object (whatever else they may do) and FORBIDDEN for those who may see it but not do this.
export type Denial = 'FORBIDDEN' | 'NOT_FOUND' | 'FILTERED' | { notFoundUnless: Action };

export type MatrixAlliance = { id: string; slug: string; focusAreaSlug: string };

export type MatrixPerson = { id: string; email: string; actor: Actor };

// What `prepare` and every call get: the schema owner's connection, the alliances, the people.
export type MatrixSetup = {
  db: DataSource;
  apiUrl: string;
  // The API under test, for set-up through the services that own the rows (notifications, say).
  app: INestApplication;
  alliances: { own: MatrixAlliance; other: MatrixAlliance };
  people: Readonly<Record<Exclude<MatrixRole, 'ANONYMOUS'>, MatrixPerson>>;
  // A new session (password "doorbraak"), for calls that end or rotate one.
  signIn: (email: string) => Promise<Session>;
};

export type CallContext<F> = MatrixSetup & {
  fixture: F;
  role: MatrixRole;
  target: Target;
  // The alliance the call acts on; null for the national level.
  allianceId: string | null;
  // Null for anonymous callers.
  person: MatrixPerson | null;
};

export type GraphqlCall = {
  query: string;
  variables?: Record<string, unknown>;
  // Replaces the caller's access token (null: none); a cookie to send.
  token?: string | null;
  cookie?: string;
  // Subscriptions (see `send`): the API to open the socket to, what makes the event the call waits
  // for (run until it arrives), and which event that is.
  socket?: { apiUrl: string; trigger: () => Promise<void>; heard: (data: Record<string, unknown>) => boolean };
};

export type OperationRule<F> = {
  // Unique within the feature: the operation, or the nested path a rule checks.
  name: string;
  // The root field the call goes through.
  operation: `${'Query' | 'Mutation' | 'Subscription'}.${string}`;
  access: Access;
  targets: readonly Target[];
  call: (context: CallContext<F>) => GraphqlCall | Promise<GraphqlCall>;
  // For the policy kind; FORBIDDEN when left out.
  denied?: Denial | ((target: Target) => Denial);
  // Lists: the alliance of every row returned. A row outside what the caller may see is a leak.
  rowAlliances?: (data: Record<string, unknown>) => readonly string[];
  // The roles' calls run side by side; set this when one role's call changes what another's finds
  // (or, better, let `call` create the row it acts on).
  sequential?: boolean;
  // Replaces the POST to /graphql, for subscriptions: deliver the call over the socket and answer
  // its first result (or error) in the same shape.
  send?: (call: GraphqlCall, token: string | undefined) => Promise<GraphqlResult<Record<string, unknown>>>;
};

export type RuleSet<F> = {
  feature: string;
  // Creates what the calls need (as the schema owner), once per run.
  prepare?: (setup: MatrixSetup) => Promise<F>;
  rules: readonly OperationRule<F>[];
};

export const defineRules = <F = undefined>(set: RuleSet<F>): RuleSet<unknown> => set as unknown as RuleSet<unknown>;

export const publicAccess: Access = { kind: 'public' };
export const authenticated: Access = { kind: 'authenticated' };
export const policy = (action: Action | ((target: Target) => Action), orAction?: Action): Access =>
  orAction ? { kind: 'policy', action, orAction } : { kind: 'policy', action };

export const actionOf = (access: Access & { kind: 'policy' }, target: Target): Action =>
  typeof access.action === 'function' ? access.action(target) : access.action;

// The outcome the policy prescribes for one caller and target.
export const expectedOutcome = (rule: OperationRule<unknown>, actor: Actor | null, target: Target, allianceId: string | null): Outcome => {
  const { access } = rule;
  if (access.kind === 'public') {
    return 'ALLOWED';
  }
  if (!actor) {
    return 'UNAUTHENTICATED';
  }
  if (access.kind === 'authenticated') {
    return 'ALLOWED';
  }
  const denied = (typeof rule.denied === 'function' ? rule.denied(target) : rule.denied) ?? 'FORBIDDEN';
  // Who may not see the object gets NOT_FOUND, even where the action itself would be allowed (a
  // confidential item for a bureau member, who may update items but not read confidential ones).
  const visible = typeof denied !== 'object' || can(actor, denied.notFoundUnless, { allianceId });
  const allowed = can(actor, actionOf(access, target), { allianceId }) || (access.orAction !== undefined && can(actor, access.orAction, { allianceId }));
  if (visible && allowed) {
    return 'ALLOWED';
  }
  if (typeof denied === 'object') {
    return visible ? 'FORBIDDEN' : 'NOT_FOUND';
  }
  return denied;
};

const RULES_DIRECTORY = join(__dirname, 'rules');

// Loaded while jest collects the tests (so each rule is a test of its own), hence synchronously.
export const loadRuleSets = (): RuleSet<unknown>[] =>
  readdirSync(RULES_DIRECTORY)
    .filter((file) => file.endsWith('.rules.ts'))
    .sort()
    .map((file) => {
      const { RULES } = jest.requireActual<{ RULES?: RuleSet<unknown> }>(join(RULES_DIRECTORY, file));
      if (!RULES) {
        throw new Error(`${file} must export RULES = defineRules({ ... })`);
      }
      return RULES;
    });
