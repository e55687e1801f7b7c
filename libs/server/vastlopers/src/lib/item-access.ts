import { alliancesWhere, type Actor } from '@doorbraak/domain';
import { isUuid } from '@doorbraak/server-core';
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

// `totalCount` is counted only when asked for: a count over an alliance's whole list costs more than its page.
export type Page<T> = { readonly rows: readonly { cursor: string; node: T }[]; readonly totalCount: () => Promise<number>; readonly hasNextPage: boolean };

export const MAX_PAGE_SIZE = 100;

const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

// Cursors are opaque: the creation time (as PostgreSQL text, microseconds kept) and the id.
export const encodeCursor = (createdAt: string, id: string): string => Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');

export const decodeCursor = (cursor: string): { createdAt: string; id: string } | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      PG_TIMESTAMP.test(value[0]) &&
      isUuid(value[1])
    ) {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // Falls through: not a cursor of ours.
  }
  return null;
};
