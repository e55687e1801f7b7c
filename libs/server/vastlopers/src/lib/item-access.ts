import { alliancesWhere, type Actor } from '@doorbraak/domain';
import { textRequired, titleRequired, titleTooLong, TITLE_MAX_LENGTH } from './vastlopers.exception';

export type SqlCondition = { readonly where: string; readonly params: Record<string, unknown> };

// Lists are filtered in SQL by the alliances the policy opens to the caller, and by confidentiality.
export const vastloperVisibility = (actor: Actor, alias: string): SqlCondition => {
  const readable = alliancesWhere(actor, 'item.read');
  const confidential = alliancesWhere(actor, 'item.readConfidential');
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (readable !== 'ALL') {
    parts.push(`${alias}.alliance_id = ANY(:readableAlliances)`);
    params['readableAlliances'] = [...readable];
  }
  if (confidential !== 'ALL') {
    parts.push(`(${alias}.confidential = false OR ${alias}.alliance_id = ANY(:confidentialAlliances))`);
    params['confidentialAlliances'] = [...confidential];
  }
  return { where: parts.length > 0 ? parts.join(' AND ') : 'TRUE', params };
};

// A doorbraak is read through the alliance that leads it or any alliance that shares it.
export const doorbraakVisibility = (actor: Actor, alias: string): SqlCondition => {
  const readable = alliancesWhere(actor, 'item.read');
  if (readable === 'ALL') {
    return { where: 'TRUE', params: {} };
  }
  return {
    where: `(${alias}.alliance_id = ANY(:readableAlliances) OR EXISTS (SELECT 1 FROM doorbraak_alliance shared WHERE shared.doorbraak_id = ${alias}.id AND shared.alliance_id = ANY(:readableAlliances)))`,
    params: { readableAlliances: [...readable] },
  };
};

// Titles are 1..200 characters after trimming (code points, so an accent or emoji counts once).
export const cleanTitle = (title: string): string => {
  const clean = title.trim();
  if (clean.length === 0) {
    throw titleRequired();
  }
  const length = Array.from(clean).length;
  if (length > TITLE_MAX_LENGTH) {
    throw titleTooLong(length);
  }
  return clean;
};

export const requireText = (text: string | null | undefined, what: string): string => {
  const clean = (text ?? '').trim();
  if (clean.length === 0) {
    throw textRequired(what);
  }
  return clean;
};
