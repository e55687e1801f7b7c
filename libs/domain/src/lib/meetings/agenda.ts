import type { MeetingStatus } from '../meetings';

// Moves one entry to a 1-based position (clamped to the list), keeping the others in their order.
export const moveInOrder = <T>(order: readonly T[], entry: T, toPosition: number): T[] => {
  const from = order.indexOf(entry);
  if (from < 0) {
    throw new RangeError('the entry is not in the order');
  }
  const rest = order.filter((_, index) => index !== from);
  const target = Math.min(Math.max(Math.trunc(toPosition), 1), order.length) - 1;
  return [...rest.slice(0, target), entry, ...rest.slice(target)];
};

export type AgendaTime = {
  readonly totalMinutes: number;
  // Minutes beyond the meeting's length; 0 when it fits.
  readonly overrunMinutes: number;
  // A Dutch warning for the agenda screen and the briefing, or null when the agenda fits.
  readonly warning: string | null;
};

export const agendaTime = (minutesAllotted: readonly number[], meetingMinutes: number): AgendaTime => {
  const totalMinutes = minutesAllotted.reduce((sum, minutes) => sum + minutes, 0);
  const overrunMinutes = Math.max(0, totalMinutes - meetingMinutes);
  return {
    totalMinutes,
    overrunMinutes,
    warning:
      overrunMinutes > 0
        ? `De agenda duurt ${totalMinutes} minuten, ${overrunMinutes} minuten langer dan de vergadering (${meetingMinutes} minuten).`
        : null,
  };
};

export type MeetingSlot = { readonly id: string; readonly status: MeetingStatus; readonly scheduledAt: Date };

const chronological = (left: MeetingSlot, right: MeetingSlot): number =>
  left.scheduledAt.getTime() - right.scheduledAt.getTime() || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);

// Where an escalated item lands (DOMAIN §3 rule 3, issue 5): the next meeting of the rung's type that
// has not been held and whose agenda is still open. A published agenda is frozen, so an item arriving
// after publication goes to the meeting after it; only a programme director can pull it forward as an
// urgent amendment. Null: no such meeting is planned, so the item waits on the rung's "to schedule" list.
// The candidates are the meetings of that type (and alliance); the caller locks the chosen row.
export const meetingForEscalation = (candidates: readonly MeetingSlot[], now: Date): MeetingSlot | null =>
  [...candidates]
    .sort(chronological)
    .find((meeting) => meeting.status === 'DRAFT' && meeting.scheduledAt.getTime() > now.getTime()) ?? null;

// Where an unfinished item is carried over to: the next unheld meeting after the one it was on.
export const meetingForCarryOver = (from: MeetingSlot, candidates: readonly MeetingSlot[]): MeetingSlot | null =>
  [...candidates]
    .sort(chronological)
    .find(
      (meeting) =>
        meeting.id !== from.id &&
        (meeting.status === 'DRAFT' || meeting.status === 'AGENDA_PUBLISHED') &&
        meeting.scheduledAt.getTime() > from.scheduledAt.getTime(),
    ) ?? null;
