import type { ItemKind } from '@doorbraak/domain';

// A vastloper or a doorbraak: both climb the same ladder, in their own tables.
export type ItemRef = { readonly kind: ItemKind; readonly id: string };

const KIND_LETTER: Readonly<Record<ItemKind, string>> = { VASTLOPER: 'v', DOORBRAAK: 'd' };

export const itemKey = (item: ItemRef): string => `${KIND_LETTER[item.kind]}-${item.id}`;

export const itemColumns = (item: ItemRef): { vastloperId: string | null; doorbraakId: string | null } =>
  item.kind === 'VASTLOPER' ? { vastloperId: item.id, doorbraakId: null } : { vastloperId: null, doorbraakId: item.id };
