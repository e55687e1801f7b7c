import type { ItemKind, LadderKind } from '@doorbraak/domain';

// A vastloper or a doorbraak: both climb the same ladder, in their own tables.
export type ItemRef = { readonly kind: ItemKind; readonly id: string };

// Anything on the ladder: an item, or a national dossier on the national rungs.
export type LadderRef = { readonly kind: LadderKind; readonly id: string };

const KIND_LETTER: Readonly<Record<LadderKind, string>> = { VASTLOPER: 'v', DOORBRAAK: 'd', DOSSIER: 'n' };

export const kindLetter = (kind: LadderKind): string => KIND_LETTER[kind];

export const itemKey = (item: LadderRef): string => `${KIND_LETTER[item.kind]}-${item.id}`;

export const itemColumns = (item: ItemRef): { vastloperId: string | null; doorbraakId: string | null } =>
  item.kind === 'VASTLOPER' ? { vastloperId: item.id, doorbraakId: null } : { vastloperId: null, doorbraakId: item.id };

export type SubjectColumns = { readonly vastloperId: string | null; readonly doorbraakId: string | null; readonly dossierId: string | null };

// The columns of rows that may concern a dossier as well (escalation events, agenda items, "to schedule" lists).
export const subjectColumns = (ref: LadderRef): SubjectColumns => ({
  vastloperId: ref.kind === 'VASTLOPER' ? ref.id : null,
  doorbraakId: ref.kind === 'DOORBRAAK' ? ref.id : null,
  dossierId: ref.kind === 'DOSSIER' ? ref.id : null,
});
