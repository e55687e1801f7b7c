import * as argon2 from 'argon2';
import { In } from 'typeorm';
import type { Ministry, Role } from '@doorbraak/domain';
import {
  MembershipEntity,
  PartnerEntity,
  PersonEntity,
  RijksvertegenwoordigerAssignmentEntity,
  RijksvertegenwoordigerEntity,
} from '@doorbraak/server-data';
import type { DemoPersonSpec } from './demo-people';
import { insertRows, type SeedContext } from './seed-context';

export const DEMO_PASSWORD = 'doorbraak';

export type PersonRef = { readonly id: string; readonly name: string; readonly email: string };

// argon2id with OWASP's minimum parameters. One hash serves every demo account (they share the
// password anyway), and it is computed only when an account is actually created.
const hashDemoPassword = (): Promise<string> =>
  argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });

export const ensurePeople = async (
  context: SeedContext,
  specs: readonly DemoPersonSpec[],
): Promise<ReadonlyMap<string, PersonRef>> => {
  const existing = await context.manager.find(PersonEntity, {
    where: { email: In(specs.map((spec) => spec.email)) },
    select: { id: true, name: true, email: true },
  });
  const byEmail = new Map<string, PersonRef>(
    existing.map((person) => [person.email, { id: person.id, name: person.name, email: person.email }]),
  );
  const missing = specs.filter((spec) => !byEmail.has(spec.email));
  if (missing.length > 0) {
    const passwordHash = await hashDemoPassword();
    const ids = await insertRows(
      context,
      PersonEntity,
      missing.map((spec) => ({ ...spec, passwordHash, active: true })),
      'people',
    );
    missing.forEach((spec, index) => byEmail.set(spec.email, { id: ids[index], name: spec.name, email: spec.email }));
  }
  return byEmail;
};

export type MembershipSpec = { readonly personId: string; readonly allianceId: string | null; readonly role: Role };

const membershipKey = (membership: MembershipSpec): string =>
  `${membership.personId}|${membership.allianceId ?? 'national'}|${membership.role}`;

export const ensureMemberships = async (context: SeedContext, specs: readonly MembershipSpec[]): Promise<void> => {
  const existing = await context.manager.find(MembershipEntity, {
    where: { personId: In([...new Set(specs.map((spec) => spec.personId))]) },
    select: { personId: true, allianceId: true, role: true },
  });
  const present = new Set(existing.map(membershipKey));
  const missing = specs.filter((spec) => !present.has(membershipKey(spec)));
  await insertRows(context, MembershipEntity, missing.map((spec) => ({ ...spec })), 'memberships');
};

export const ensurePartnerRepresentative = async (context: SeedContext, partnerId: string, personId: string): Promise<void> => {
  const relation = context.manager.createQueryBuilder().relation(PartnerEntity, 'representatives').of(partnerId);
  const current = await relation.loadMany<PersonEntity>();
  if (!current.some((person) => person.id === personId)) {
    await relation.add(personId);
    context.created.partnerRepresentatives += 1;
  }
};

export type RijksvertegenwoordigerSpec = {
  readonly personId: string;
  readonly allianceId: string;
  readonly ministry: Ministry;
  readonly position: string | null;
  // Date (YYYY-MM-DD) the assignment to the alliance started.
  readonly since: string;
};

// One rijksvertegenwoordiger per alliance here, but the model allows one person to serve several.
export const ensureRijksvertegenwoordigers = async (
  context: SeedContext,
  specs: readonly RijksvertegenwoordigerSpec[],
): Promise<void> => {
  const existing = await context.manager.find(RijksvertegenwoordigerEntity, {
    where: { personId: In(specs.map((spec) => spec.personId)) },
    select: { id: true, personId: true },
  });
  const idByPerson = new Map(existing.map((row) => [row.personId, row.id]));
  const missing = specs.filter((spec) => !idByPerson.has(spec.personId));
  const ids = await insertRows(
    context,
    RijksvertegenwoordigerEntity,
    missing.map((spec) => ({ personId: spec.personId, ministry: spec.ministry, position: spec.position })),
    'rijksvertegenwoordigers',
  );
  missing.forEach((spec, index) => idByPerson.set(spec.personId, ids[index]));

  const assignments = await context.manager.find(RijksvertegenwoordigerAssignmentEntity, {
    where: { rijksvertegenwoordigerId: In([...idByPerson.values()]) },
    select: { rijksvertegenwoordigerId: true, allianceId: true },
  });
  const assigned = new Set(assignments.map((row) => `${row.rijksvertegenwoordigerId}|${row.allianceId}`));
  const missingAssignments = specs
    .map((spec) => ({
      rijksvertegenwoordigerId: idByPerson.get(spec.personId) as string,
      allianceId: spec.allianceId,
      since: spec.since,
    }))
    .filter((row) => !assigned.has(`${row.rijksvertegenwoordigerId}|${row.allianceId}`));
  await insertRows(context, RijksvertegenwoordigerAssignmentEntity, missingAssignments, 'rijksvertegenwoordigerAssignments');
};
