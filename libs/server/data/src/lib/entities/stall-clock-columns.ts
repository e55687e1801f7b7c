import { Column } from 'typeorm';
import { TimestampColumn } from './column-helpers';

// The stall clock of an item on the escalation ladder, the same on a vastloper, a doorbraak and a national
// dossier, and written by escalation only. Each entity declares its own rung, since when it stands there and
// its last progress: those differ in what they may be (a vastloper always stands on a rung; the others not
// until they are proposed).
export abstract class StallClockColumns {
  @TimestampColumn({ nullable: true })
  nextEscalationAt: Date | null;

  @TimestampColumn({ nullable: true })
  earlyWarningAt: Date | null;

  // Counts every start of the stall clock; a stall is named by (item, rung, period), e.g. in job ids.
  @Column({ type: 'integer', default: 0 })
  stallPeriod: number;

  // When the holder of the current rung took it in hand ("in behandeling genomen"); reset on every move.
  @TimestampColumn({ nullable: true })
  acknowledgedAt: Date | null;

  // The early warning of the current rung went out; reset on every move, so it goes once per rung.
  @TimestampColumn({ nullable: true })
  earlyWarningSentAt: Date | null;

  // Stalled at the top rung, where there is nowhere higher to go.
  @TimestampColumn({ nullable: true })
  overdueAt: Date | null;
}
