import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { answerOverdueRecipients, formatDutchDateTime, RUNG_LABELS, WEB_PATHS, type EscalationRung } from '@doorbraak/domain';
import { ItemPeopleService } from '../ladder/item-people.service';
import { ESCALATION_NOTIFIER, type EscalationNotifier } from '../ports/escalation-ports';

type Miss = 'acknowledge' | 'answer';

// A vastloper's clock, or a national dossier's (no alliance; told as its opener's).
type Claimed = {
  id: string;
  vastloperId: string | null;
  dossierId: string | null;
  title: string;
  allianceId: string | null;
  ownerId: string;
  rung: EscalationRung;
  deadline: Date;
};

// Each miss reads its own partial index; the claim's UPDATE sets what takes the row out of it.
const MISSES: Readonly<Record<Miss, { due: string; flagged: string; done: string }>> = {
  acknowledge: { due: 'acknowledge_by', flagged: 'acknowledge_flagged_at', done: 'acknowledged_at' },
  answer: { due: 'answer_by', flagged: 'answer_flagged_at', done: 'answered_at' },
};

const BATCH = 200;

export type AnswerSweepResult = { readonly acknowledge: number; readonly answer: number };

// Flags the clocks whose ministry did not acknowledge or answer in time, and tells the holder of the next
// rung, each exactly once (DOMAIN §3 rule 8 holds here too). A batch is claimed with UPDATE … RETURNING
// over rows locked with SKIP LOCKED, and the flag, its record and the notifications commit together: a
// second sweep at the same moment skips the claimed rows and, after the commit, no longer finds them; a
// sweep that dies before committing leaves them for the next one. Notifications carry a dedupe key per clock
// as well, so even a replayed claim cannot tell anyone twice.
@Injectable()
export class AnswerSweepService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: ItemPeopleService,
    @Inject(ESCALATION_NOTIFIER) private readonly notifier: EscalationNotifier,
  ) {}

  async sweep(now: Date): Promise<AnswerSweepResult> {
    return { acknowledge: await this.sweepMiss('acknowledge', now), answer: await this.sweepMiss('answer', now) };
  }

  private async sweepMiss(miss: Miss, now: Date): Promise<number> {
    let count = 0;
    for (;;) {
      const flagged = await this.dataSource.transaction(async (manager) => {
        const claimed = await this.claim(manager, miss, now);
        for (const clock of claimed) {
          await this.tell(manager, miss, clock, now);
        }
        return claimed.length;
      });
      count += flagged;
      if (flagged < BATCH) {
        return count;
      }
    }
  }

  private claim(manager: EntityManager, miss: Miss, now: Date): Promise<Claimed[]> {
    const { due, flagged, done } = MISSES[miss];
    return manager
      .query(
        `WITH due AS (
           SELECT c.id FROM answer_clock c
            WHERE c.closed_at IS NULL AND c.${done} IS NULL AND c.${flagged} IS NULL AND c.${due} <= $1
              AND c.answered_at IS NULL
            ORDER BY c.${due}, c.id LIMIT ${BATCH}
            FOR UPDATE SKIP LOCKED)
         UPDATE answer_clock c SET ${flagged} = $1
           FROM due LEFT JOIN answer_clock dc ON dc.id = due.id
                LEFT JOIN vastloper v ON v.id = dc.vastloper_id LEFT JOIN dossier d ON d.id = dc.dossier_id
          WHERE c.id = due.id
         RETURNING c.id, c.vastloper_id AS "vastloperId", c.dossier_id AS "dossierId", coalesce(v.title, d.title) AS title,
                   v.alliance_id AS "allianceId", coalesce(v.owner_id, d.created_by_id) AS "ownerId",
                   coalesce(v.rung, d.rung) AS rung, c.${due} AS deadline`,
        [now],
      )
      .then((result: [Claimed[], number]) => result[0]);
  }

  private async tell(manager: EntityManager, miss: Miss, clock: Claimed, now: Date): Promise<void> {
    const people = await this.people.peopleFor(manager, clock.allianceId, clock.ownerId, now);
    const what = miss === 'acknowledge' ? 'niet in behandeling genomen' : 'niet beantwoord';
    await this.notifier.notify(manager, {
      vastloperId: clock.vastloperId,
      doorbraakId: null,
      link: clock.dossierId ? WEB_PATHS.dossier(clock.dossierId) : null,
      recipientIds: answerOverdueRecipients(clock.rung, people),
      kind: 'ANSWER_OVERDUE',
      dedupeKey: `answer-overdue-${miss}-${clock.id}`,
      message: `${clock.title}: ${what} door ${RUNG_LABELS[clock.rung]} vóór ${formatDutchDateTime(new Date(clock.deadline))}.`,
    });
  }
}
