import { DateTime } from 'luxon';
import type { ActionItemKind } from '../meetings';

// A commitment (toezegging) without a due date falls due on the next 1 July or 31 December, so nothing
// stays open forever. "Next" is strictly after the day it was made.
export const defaultCommitmentDueDate = (today: string): string => {
  const year = Number(today.slice(0, 4));
  const candidates = [`${year}-07-01`, `${year}-12-31`, `${year + 1}-07-01`];
  return candidates.find((date) => date > today) as string;
};

// An action needs a due date; a commitment gets the default one.
export const dueDateFor = (kind: ActionItemKind, given: string | null, today: string): string | null =>
  given ?? (kind === 'COMMITMENT' ? defaultCommitmentDueDate(today) : null);

export const isOverdue = (dueDate: string, today: string): boolean => dueDate < today;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isIsoDate = (value: string): boolean => ISO_DATE.test(value) && DateTime.fromISO(value).isValid;

type OpenCommitment = { readonly id: string; readonly createdAt: Date };

// The standing agenda item lists open commitments longest open first.
export const longestOpenFirst = <T extends OpenCommitment>(commitments: readonly T[]): T[] =>
  [...commitments].sort(
    (left, right) => left.createdAt.getTime() - right.createdAt.getTime() || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  );
