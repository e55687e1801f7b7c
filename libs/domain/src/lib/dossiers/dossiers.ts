// A national case that bundles vastlopers of several alliances on one cause (DOMAIN §5).
// A rijksvertegenwoordiger's proposal waits as PROPOSED until a national coordinator accepts it.
export const DOSSIER_STATUSES = ['PROPOSED', 'OPEN', 'CLOSED'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

// How a closed dossier ended: MERGED_INTO when another dossier absorbed it.
export const DOSSIER_OUTCOMES = ['RESOLVED', 'PARTLY_RESOLVED', 'NOT_RESOLVED', 'WITHDRAWN', 'MERGED_INTO'] as const;
export type DossierOutcome = (typeof DOSSIER_OUTCOMES)[number];

// The outcomes a person chooses when closing; MERGED_INTO only comes from a merge.
export const CLOSING_OUTCOMES: readonly DossierOutcome[] = DOSSIER_OUTCOMES.filter((outcome) => outcome !== 'MERGED_INTO');

export const DOSSIER_NOTE_KINDS = ['PROGRESS', 'DECISION', 'OUTCOME'] as const;
export type DossierNoteKind = (typeof DOSSIER_NOTE_KINDS)[number];

// How a vastloper came into a dossier, and how it left: the lineage kept in the membership history.
export const MEMBERSHIP_JOINS = ['ADDED', 'MERGE', 'SPLIT'] as const;
export type MembershipJoin = (typeof MEMBERSHIP_JOINS)[number];

export const MEMBERSHIP_LEAVES = ['REMOVED', 'MERGE', 'SPLIT', 'CLOSED'] as const;
export type MembershipLeave = (typeof MEMBERSHIP_LEAVES)[number];

export const isOpenDossier = (status: DossierStatus): boolean => status !== 'CLOSED';
