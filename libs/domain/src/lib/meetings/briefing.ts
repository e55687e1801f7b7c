import { ACTIELIJNEN, type Actielijn } from '../programme';
import type { EscalationCause, VastloperStatus } from '../items';
import { rungIndex, type EscalationRung } from '../ladder';

// The briefing covers what changed since the previous meeting of the alliance, up to the meeting (or
// now, when it is read before the meeting). Without a previous meeting it looks back one cycle.
export const DEFAULT_LOOKBACK_DAYS = 42;

export type BriefingWindow = { readonly from: Date; readonly to: Date };

// A start still ahead (the previous meeting is in the future too, or the meeting is more than a cycle
// away) is today: nothing has changed since then yet, and the period never reads backwards.
export const briefingWindow = (previousMeetingAt: Date | null, meetingAt: Date, now: Date): BriefingWindow => {
  const to = Math.min(meetingAt.getTime(), now.getTime());
  const from = previousMeetingAt?.getTime() ?? meetingAt.getTime() - DEFAULT_LOOKBACK_DAYS * 86_400_000;
  return { from: new Date(Math.min(from, to)), to: new Date(to) };
};

export const inWindow = (at: Date | null, window: BriefingWindow): boolean =>
  at !== null && at.getTime() > window.from.getTime() && at.getTime() <= window.to.getTime();

export type LadderMove = { readonly cause: EscalationCause; readonly fromRung: EscalationRung | null; readonly toRung: EscalationRung };

// Up or down the ladder; null for a resolution (same rung) or an item's first rung.
export const moveDirection = (move: LadderMove): 'ESCALATED' | 'DE_ESCALATED' | null => {
  if (move.cause === 'RESOLVED' || move.fromRung === null || move.fromRung === move.toRung) {
    return null;
  }
  return rungIndex(move.toRung) > rungIndex(move.fromRung) ? 'ESCALATED' : 'DE_ESCALATED';
};

export type ActielijnFigures = {
  readonly actielijn: Actielijn;
  readonly openVastlopers: number;
  readonly newVastlopers: number;
  readonly resolvedVastlopers: number;
  readonly escalated: number;
  readonly deEscalated: number;
  readonly doorbrakenAchieved: number;
};

// The briefing's figures, counted where they are stored (an alliance has tens of thousands of items, and a
// busy period thousands of moves): per measure, the count per actielijn; a missing actielijn counts 0.
export type FiguresInput = Readonly<Record<Exclude<keyof ActielijnFigures, 'actielijn'>, Partial<Record<Actielijn, number>>>>;

// A vastloper counts as open at the period's end when it is in none of these statuses and was created by then.
export const CLOSED_VASTLOPER_STATUSES: readonly VastloperStatus[] = ['OPGELOST', 'INGETROKKEN'];

// Figures per actielijn, always all four in the programme's order.
export const figuresPerActielijn = (input: FiguresInput): ActielijnFigures[] =>
  ACTIELIJNEN.map((actielijn) => ({
    actielijn,
    openVastlopers: input.openVastlopers[actielijn] ?? 0,
    newVastlopers: input.newVastlopers[actielijn] ?? 0,
    resolvedVastlopers: input.resolvedVastlopers[actielijn] ?? 0,
    escalated: input.escalated[actielijn] ?? 0,
    deEscalated: input.deEscalated[actielijn] ?? 0,
    doorbrakenAchieved: input.doorbrakenAchieved[actielijn] ?? 0,
  }));
