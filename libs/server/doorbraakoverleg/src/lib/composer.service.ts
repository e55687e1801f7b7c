import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  alliancesWhere,
  byPriority,
  isVotingOpen,
  meetingPermissions,
  priorityScore,
  PRIORITY_VOTES_PER_MEETING,
  votingClosesAt,
  type Actor,
} from '@doorbraak/domain';
import { APP_CONFIG, notFound, requireUuid, type AppConfig, type Caller } from '@doorbraak/server-core';
import { DossierEntity, MeetingEntity, VastloperEntity } from '@doorbraak/server-data';
import { candidateInputsSql, type CandidateInputRow } from './candidate-sql';
import { notADoorbraakoverleg } from './doorbraakoverleg.exception';
import type { Composer, ComposerCandidate } from './graphql/composer.model';

// Whether the actor votes at all: a rijksvertegenwoordiger of at least one alliance.
export const votesAnywhere = (actor: Actor): boolean => {
  const alliances = alliancesWhere(actor, 'priority.vote');
  return alliances === 'ALL' || alliances.length > 0;
};

const readsComposer = (actor: Actor): boolean => {
  const alliances = alliancesWhere(actor, 'composer.read');
  return alliances === 'ALL' || alliances.length > 0;
};

// The ranking of the doorbraakoverleg's candidates (DOMAIN §5). SQL gathers the formula's inputs over what
// the caller may read; the formula itself is the domain's `priorityScore`.
@Injectable()
export class ComposerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // A DOORBRAAKOVERLEG meeting by id (any other kind is refused), or the next one not yet held.
  async meeting(manager: EntityManager, id: string | null | undefined, now: Date, lock = false): Promise<MeetingEntity | null> {
    if (id == null) {
      return manager
        .createQueryBuilder(MeetingEntity, 'm')
        .where(`m.type = 'DOORBRAAKOVERLEG' AND m.status IN ('DRAFT', 'AGENDA_PUBLISHED') AND m.scheduled_at > :now`, { now })
        .orderBy('m.scheduled_at', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .getOne();
    }
    const meeting = await manager.findOne(MeetingEntity, { where: { id: requireUuid(id) }, ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}) });
    if (!meeting) {
      throw notFound('meeting', id);
    }
    if (meeting.type !== 'DOORBRAAKOVERLEG') {
      throw notADoorbraakoverleg();
    }
    return meeting;
  }

  async composer(caller: Caller, meetingId: string | null | undefined): Promise<Composer | null> {
    const { actor, now } = caller;
    const meeting = await this.meeting(this.dataSource.manager, meetingId, now);
    // Who reads no candidates anywhere learns nothing of the meeting either (as when none is planned).
    if (!meeting || !readsComposer(actor)) {
      return null;
    }
    const rows = await this.inputs(actor, meeting.id, now);
    const calendar = { bevrijdingsdag: this.config.bevrijdingsdag };
    const scored = rows.map((row) => ({
      row,
      id: row.id,
      stuckSince: new Date(row.stuck_since),
      ...priorityScore(
        {
          alliances: row.alliances,
          inhabitants: row.inhabitants,
          stuckSince: new Date(row.stuck_since),
          escalations: row.escalations,
          unansweredMinistries: row.unanswered_ministries,
          votes: row.votes,
        },
        now,
        calendar,
      ),
    }));
    scored.sort(byPriority);
    const [dossiers, vastlopers] = await Promise.all([
      this.byIds(DossierEntity, scored.filter((c) => c.row.kind === 'DOSSIER').map((c) => c.id)),
      this.byIds(VastloperEntity, scored.filter((c) => c.row.kind === 'VASTLOPER').map((c) => c.id)),
    ]);
    const candidates: ComposerCandidate[] = scored.map((candidate, index) => ({
      id: candidate.id,
      kind: candidate.row.kind,
      dossier: dossiers.get(candidate.id) ?? null,
      vastloper: vastlopers.get(candidate.id) ?? null,
      rank: index + 1,
      score: candidate.score,
      reasons: [...candidate.reasons],
      votes: candidate.row.votes,
      myVotes: candidate.row.my_votes,
      alreadyOnAgenda: candidate.row.on_agenda,
    }));
    const open = isVotingOpen(meeting, now);
    const voter = votesAnywhere(actor);
    const myVotes = voter ? await this.votesOf(this.dataSource.manager, meeting.id, actor.personId) : 0;
    return {
      id: meeting.id,
      meetingTitle: meeting.title,
      scheduledAt: meeting.scheduledAt,
      candidates,
      votesPerPerson: PRIORITY_VOTES_PER_MEETING,
      myVotesLeft: voter ? Math.max(0, PRIORITY_VOTES_PER_MEETING - myVotes) : 0,
      canVote: voter && open,
      canCompose: meetingPermissions(actor, meeting, now).editAgenda,
      votingOpen: open,
      votingClosesAt: votingClosesAt(meeting.scheduledAt),
    };
  }

  // Every vote the person gave at the meeting, on candidates they can still read or not.
  async votesOf(manager: EntityManager, meetingId: string, voterId: string): Promise<number> {
    const [row]: { total: number }[] = await manager.query(
      `SELECT coalesce(sum(votes), 0)::int AS total FROM priority_vote WHERE meeting_id = $1 AND voter_id = $2`,
      [meetingId, voterId],
    );
    return row.total;
  }

  private async inputs(actor: Actor, meetingId: string, now: Date): Promise<CandidateInputRow[]> {
    const sql = candidateInputsSql(actor);
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql.where, { ...sql.params, meetingId, me: actor.personId, now });
    return this.dataSource.query(text, values);
  }

  private async byIds<T extends DossierEntity | VastloperEntity>(entity: new () => T, ids: readonly string[]): Promise<Map<string, T>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = (await this.dataSource.manager.findBy(entity as new () => DossierEntity | VastloperEntity, { id: In([...ids]) })) as T[];
    return new Map(rows.map((row) => [row.id, row]));
  }
}
