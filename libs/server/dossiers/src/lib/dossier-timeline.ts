import type { DossierNoteKind, MembershipJoin, MembershipLeave } from '@doorbraak/domain';

// What a vastloper's dossier timeline shows: its stays in dossiers and what happened to them meanwhile.
// ESCALATED: the dossier climbed a national rung (its escalation event).
export const DOSSIER_TIMELINE_KINDS = ['JOINED', 'LEFT', 'PROGRESS', 'DECISION', 'OUTCOME', 'ESCALATED'] as const;
export type DossierTimelineKind = (typeof DOSSIER_TIMELINE_KINDS)[number];

export type DossierTimelineRow = {
  readonly vastloperId: string;
  readonly kind: DossierTimelineKind;
  readonly at: Date;
  readonly dossierId: string;
  readonly dossierTitle: string;
  // JOINED: how it came in; LEFT: how it left.
  readonly via: MembershipJoin | MembershipLeave | null;
  // The reason of a stay's start or end, or the text of a note.
  readonly text: string | null;
  // The dossier it came from (JOINED) or went to (LEFT) by a merge or split.
  readonly otherDossierId: string | null;
  readonly otherDossierTitle: string | null;
  readonly actorId: string | null;
};

export const isNoteKind = (kind: DossierTimelineKind): kind is DossierNoteKind => kind !== 'JOINED' && kind !== 'LEFT' && kind !== 'ESCALATED';
