import { isNationalRole, type AllianceRole, type NationalRole, type Role } from './roles';

// Who is asking: a person and the roles they hold, per alliance or nationally.
export type Membership = { readonly allianceId: string | null; readonly role: Role };

export type Actor = {
  readonly personId: string;
  readonly memberships: readonly Membership[];
};

// Everything the product lets someone do. A new operation needs a new action here (and a rule below).
export const ACTIONS = [
  'alliance.read',
  'alliance.manage',
  'member.manage',
  'partner.manage',
  'item.read',
  'item.readConfidential',
  'item.create',
  'item.update',
  'item.addProgress',
  'item.acknowledge',
  'item.escalate',
  'item.resolve',
  // Acknowledge and answer for the ministry (DOMAIN §5 AnswerClock): at the rijksvertegenwoordiger's rung, at the national rungs.
  'item.answerAtMinistry',
  'item.answerNationally',
  'ladder.manage',
  'meeting.read',
  'meeting.manage',
  'agenda.draft',
  'minutes.draft',
  'minutes.approve',
  'decision.record',
  'actionItem.manage',
  'actionItem.updateOwn',
  'briefing.read',
  'national.read',
  'national.manage',
  'dossier.propose',
  'dossier.manage',
  'dossier.addNote',
  'similar.read',
  'similar.dismiss',
  // The doorbraakoverleg's agenda composer (DOMAIN §5 PriorityVote): read its ranking over the items of an
  // alliance, and vote with the items of one's own alliances.
  'composer.read',
  'priority.vote',
  'audit.read',
  'escalationFailures.read',
  'escalationFailures.manage',
  'user.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

// Where the action happens: an alliance, or the national level (allianceId null).
export type Scope = { readonly allianceId: string | null };

const ALLIANCE_RULES: Record<AllianceRole, readonly Action[]> = {
  PROGRAMME_DIRECTOR: [
    'alliance.read',
    'alliance.manage',
    'member.manage',
    'partner.manage',
    'item.read',
    'item.readConfidential',
    'item.create',
    'item.update',
    'item.addProgress',
    'item.acknowledge',
    'item.escalate',
    'item.resolve',
    'ladder.manage',
    'meeting.read',
    'meeting.manage',
    'agenda.draft',
    'minutes.draft',
    'decision.record',
    'actionItem.manage',
    'actionItem.updateOwn',
    'briefing.read',
  ],
  BUREAU_MEMBER: [
    'alliance.read',
    'item.read',
    'item.create',
    'item.update',
    'item.addProgress',
    'item.acknowledge',
    'meeting.read',
    'agenda.draft',
    'minutes.draft',
    'actionItem.updateOwn',
  ],
  MAYOR: [
    'alliance.read',
    'item.read',
    'item.readConfidential',
    'item.addProgress',
    'item.acknowledge',
    'meeting.read',
    'minutes.approve',
    'decision.record',
    'actionItem.updateOwn',
    'briefing.read',
  ],
  PARTNER_MEMBER: ['alliance.read', 'item.read', 'item.addProgress', 'meeting.read', 'actionItem.updateOwn'],
  RIJKSVERTEGENWOORDIGER: [
    'alliance.read',
    'item.read',
    'item.readConfidential',
    'item.create',
    'item.update',
    'item.addProgress',
    'item.acknowledge',
    'item.escalate',
    'item.resolve',
    'item.answerAtMinistry',
    'meeting.read',
    'actionItem.updateOwn',
    'briefing.read',
    // On dossiers that carry items of their alliances.
    'dossier.propose',
    'dossier.addNote',
    // Similar items elsewhere, for bundling nationally (DOMAIN §5 rule 3); only what they may read.
    'similar.read',
    'similar.dismiss',
    'composer.read',
    'priority.vote',
  ],
};

// National roles act on every alliance and on the national level.
const NATIONAL_RULES: Record<NationalRole, readonly Action[]> = {
  NATIONAL_COORDINATOR: [
    'alliance.read',
    'item.read',
    'item.readConfidential',
    'item.addProgress',
    'item.acknowledge',
    'item.escalate',
    'item.resolve',
    'item.answerNationally',
    'meeting.read',
    'national.read',
    'national.manage',
    'dossier.propose',
    'dossier.manage',
    'dossier.addNote',
    'similar.read',
    'similar.dismiss',
    // Composes the agenda (through agenda.draft, national.manage on the doorbraakoverleg); votes are the rijksvertegenwoordigers'.
    'composer.read',
    'minutes.approve',
    'decision.record',
    'actionItem.manage',
    'briefing.read',
    'audit.read',
  ],
  // Manages users, alliances and ladders; reads no items or meetings by virtue of the role.
  ADMIN: [
    'alliance.read',
    'alliance.manage',
    'member.manage',
    'ladder.manage',
    'user.manage',
    'audit.read',
    'escalationFailures.read',
    'escalationFailures.manage',
  ],
};

export const actionsOfRole = (role: Role): readonly Action[] =>
  isNationalRole(role) ? NATIONAL_RULES[role] : ALLIANCE_RULES[role];

// Actions that only exist at the national level (no alliance in scope).
const NATIONAL_ONLY: readonly Action[] = [
  'national.read',
  'national.manage',
  'dossier.manage',
  'audit.read',
  'escalationFailures.read',
  'escalationFailures.manage',
  'user.manage',
];

// Actions a national role holds on the national level only. The chair of an alliance meeting (the
// mayor) approves its minutes, and the alliance records its own decisions; the national coordinator
// does both for the doorbraakoverleg (DOMAIN §2 Meeting, §4).
const NATIONAL_LEVEL_ONLY_FOR_NATIONAL_ROLES: readonly Action[] = ['minutes.approve', 'decision.record'];

const nationalRoleReachesAlliances = (action: Action): boolean => !NATIONAL_LEVEL_ONLY_FOR_NATIONAL_ROLES.includes(action);

export const can = (actor: Actor, action: Action, scope: Scope): boolean =>
  actor.memberships.some((membership) => {
    if (!actionsOfRole(membership.role).includes(action)) {
      return false;
    }
    if (isNationalRole(membership.role)) {
      return scope.allianceId === null || nationalRoleReachesAlliances(action);
    }
    return scope.allianceId !== null && membership.allianceId === scope.allianceId && !NATIONAL_ONLY.includes(action);
  });

// The alliances on which the actor may do `action`: 'ALL' or a list, for filtering in SQL.
export const alliancesWhere = (actor: Actor, action: Action): 'ALL' | readonly string[] => {
  if (actor.memberships.some((m) => isNationalRole(m.role) && actionsOfRole(m.role).includes(action) && nationalRoleReachesAlliances(action))) {
    return 'ALL';
  }
  return [
    ...new Set(
      actor.memberships
        .filter((m) => m.allianceId !== null && actionsOfRole(m.role).includes(action))
        .map((m) => m.allianceId as string),
    ),
  ];
};

// Confidential items (e.g. about organised crime) are for the director, mayor, rijksvertegenwoordiger and coordinators.
export const canReadItem = (actor: Actor, item: { allianceId: string; confidential: boolean }): boolean =>
  can(actor, item.confidential ? 'item.readConfidential' : 'item.read', { allianceId: item.allianceId });
