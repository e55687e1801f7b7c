import type { EscalationRung } from '../ladder';
import { newItemState, type LadderState } from './ladder-state';
import type { ItemKind, ItemStatus } from './status-transitions';
import { arrive, restartClock } from './transition';

// What the database records about an item, oldest first: creation, progress notes, acknowledgements,
// escalation events, status changes and the notices the worker sent.
export type HistoryEntry =
  | { readonly type: 'CREATED'; readonly at: Date; readonly status: ItemStatus }
  | { readonly type: 'PROGRESS'; readonly at: Date }
  | { readonly type: 'ACKNOWLEDGED'; readonly at: Date }
  | { readonly type: 'MOVED'; readonly at: Date; readonly to: EscalationRung }
  | { readonly type: 'STARTED'; readonly at: Date }
  | { readonly type: 'PARKED'; readonly at: Date; readonly until: Date }
  | { readonly type: 'UNPARKED'; readonly at: Date }
  | { readonly type: 'CLOSED'; readonly at: Date; readonly status: ItemStatus }
  | { readonly type: 'EARLY_WARNED'; readonly at: Date }
  | { readonly type: 'FLAGGED_OVERDUE'; readonly at: Date };

const apply = (state: LadderState, entry: HistoryEntry): LadderState => {
  switch (entry.type) {
    case 'CREATED':
      return newItemState(state.kind, entry.status, entry.at);
    case 'PROGRESS':
      return state.status === 'GEPARKEERD' || state.clockStartedAt === null ? state : restartClock(state, entry.at);
    case 'ACKNOWLEDGED':
      return {
        ...restartClock(state, entry.at),
        status: state.kind === 'VASTLOPER' ? 'IN_BEHANDELING' : state.status,
        acknowledgedAt: entry.at,
      };
    case 'MOVED':
      return arrive(state, entry.to, entry.at);
    case 'STARTED':
      return arrive({ ...state, status: 'LOPEND' }, 'PROGRAMMABUREAU', entry.at);
    case 'PARKED':
      return { ...state, status: 'GEPARKEERD', parkedUntil: entry.until, period: state.period + 1 };
    case 'UNPARKED':
      return { ...restartClock(state, entry.at), status: 'OPEN', parkedUntil: null };
    case 'CLOSED':
      return { ...state, status: entry.status, parkedUntil: null, period: state.period + 1 };
    case 'EARLY_WARNED':
      return { ...state, earlyWarningSentAt: entry.at };
    case 'FLAGGED_OVERDUE':
      return { ...state, overdueAt: entry.at };
  }
};

// DOMAIN §3 rule 10: the ladder state follows from the history, so a changed ladder or calendar
// applies to the due times without rewriting any event. Entries at the same instant keep their order.
export const replayHistory = (kind: ItemKind, history: readonly HistoryEntry[]): LadderState => {
  const ordered = history
    .map((entry, index) => ({ entry, index }))
    .sort((left, right) => left.entry.at.getTime() - right.entry.at.getTime() || left.index - right.index)
    .map(({ entry }) => entry);
  const [first] = ordered;
  if (!first || first.type !== 'CREATED') {
    throw new RangeError('an item history starts with its creation');
  }
  return ordered.reduce(apply, newItemState(kind, first.status, first.at));
};
