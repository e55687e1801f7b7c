import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { can, checkVotes, isVotingOpen, PRIORITY_VOTES_PER_MEETING, type Actor } from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { forbidden, notFound, requireUuid, type Caller } from '@doorbraak/server-core';
import { dossierVisibility } from '@doorbraak/server-dossiers';
import { vastloperVisibility } from '@doorbraak/server-vastlopers';
import { dossierCandidateSql, vastloperCandidateSql } from './candidate-sql';
import { ComposerService, votesAnywhere } from './composer.service';
import {
  candidateRequired,
  invalidVotes,
  noVotesToWithdraw,
  notACandidate,
  votesExhausted,
  votingClosed,
} from './doorbraakoverleg.exception';
import type { Composer } from './graphql/composer.model';

export type CandidateRef = { readonly dossierId?: string | null; readonly vastloperId?: string | null };

type Candidate = { readonly column: 'dossier_id' | 'vastloper_id'; readonly id: string; readonly eligible: boolean };

type VoteRow = { id: string; votes: number };

// DOMAIN §5 PriorityVote: rijksvertegenwoordigers give a fixed number of votes per doorbraakoverleg, several
// on one candidate if they like, and take them back, until voting closes. Every change is one transaction
// with one audit entry; a lock per voter and meeting makes the count and the write one step, so two
// requests at once cannot together give more than the limit.
@Injectable()
export class PriorityVotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly composer: ComposerService,
  ) {}

  async cast(caller: Caller, meetingId: string, ref: CandidateRef, votes: number): Promise<Composer> {
    await this.dataSource.transaction(async (manager) => {
      const candidate = await this.prepare(manager, caller, meetingId, ref);
      if (!candidate.eligible) {
        throw notACandidate();
      }
      const given = await this.composer.votesOf(manager, meetingId, caller.actor.personId);
      const check = checkVotes(given, votes);
      if (check === 'INVALID_VOTES') {
        throw invalidVotes(PRIORITY_VOTES_PER_MEETING);
      }
      if (check === 'VOTES_EXHAUSTED') {
        throw votesExhausted(Math.max(0, PRIORITY_VOTES_PER_MEETING - given));
      }
      const before = await this.current(manager, meetingId, caller.actor.personId, candidate);
      const [after]: VoteRow[] = await manager.query(
        `INSERT INTO priority_vote (meeting_id, voter_id, ${candidate.column}, votes, cast_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (meeting_id, voter_id, ${candidate.column}) WHERE ${candidate.column} IS NOT NULL
         DO UPDATE SET votes = priority_vote.votes + EXCLUDED.votes, cast_at = EXCLUDED.cast_at
         RETURNING id, votes`,
        [meetingId, caller.actor.personId, candidate.id, votes, caller.now],
      );
      await this.record(manager, caller, 'castPriorityVote', meetingId, candidate, before, after);
    });
    return this.composerFor(caller, meetingId);
  }

  async withdraw(caller: Caller, meetingId: string, ref: CandidateRef, votes: number): Promise<Composer> {
    await this.dataSource.transaction(async (manager) => {
      const candidate = await this.prepare(manager, caller, meetingId, ref);
      if (checkVotes(0, votes) === 'INVALID_VOTES') {
        throw invalidVotes(PRIORITY_VOTES_PER_MEETING);
      }
      const before = await this.current(manager, meetingId, caller.actor.personId, candidate);
      if (!before || before.votes < votes) {
        throw noVotesToWithdraw();
      }
      const after = before.votes === votes ? null : { id: before.id, votes: before.votes - votes };
      if (after) {
        await manager.query(`UPDATE priority_vote SET votes = $2, cast_at = $3 WHERE id = $1`, [before.id, after.votes, caller.now]);
      } else {
        await manager.query(`DELETE FROM priority_vote WHERE id = $1`, [before.id]);
      }
      await this.record(manager, caller, 'withdrawPriorityVote', meetingId, candidate, before, after);
    });
    return this.composerFor(caller, meetingId);
  }

  // The checks both commands share, in the order that tells the caller the most they may know: the meeting,
  // the candidate (NOT_FOUND when they may not read it), the role, then whether voting is open. The meeting
  // row is held FOR SHARE, so publishing its agenda waits for a vote in progress and the other way round.
  private async prepare(manager: EntityManager, caller: Caller, meetingId: string, ref: CandidateRef): Promise<Candidate> {
    const { actor, now } = caller;
    const meeting = await this.composer.meeting(manager, meetingId, now, true);
    if (!meeting) {
      throw notFound('meeting', meetingId);
    }
    const candidate = await this.candidate(manager, actor, ref);
    if (!this.mayVoteOn(actor, candidate)) {
      throw forbidden('Only a rijksvertegenwoordiger votes, with the items of their own alliances.');
    }
    if (!isVotingOpen(meeting, now)) {
      throw votingClosed();
    }
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('priority_vote:' || $1 || ':' || $2, 0))`, [meeting.id, actor.personId]);
    return candidate;
  }

  private mayVoteOn(actor: Actor, candidate: Candidate & { allianceId: string | null }): boolean {
    return candidate.allianceId === null ? votesAnywhere(actor) : can(actor, 'priority.vote', { allianceId: candidate.allianceId });
  }

  private async candidate(manager: EntityManager, actor: Actor, ref: CandidateRef): Promise<Candidate & { allianceId: string | null }> {
    if ((ref.dossierId == null) === (ref.vastloperId == null)) {
      throw candidateRequired();
    }
    if (ref.dossierId != null) {
      const id = requireUuid(ref.dossierId);
      const visible = dossierVisibility(actor, 'd');
      const [row] = await this.select(manager, `SELECT ${dossierCandidateSql('d')} AS eligible FROM dossier d WHERE d.id = :id AND ${visible.where}`, {
        ...visible.params,
        id,
      });
      if (!row) {
        throw notFound('dossier', id);
      }
      return { column: 'dossier_id', id, eligible: row.eligible, allianceId: null };
    }
    const id = requireUuid(ref.vastloperId as string);
    const visible = vastloperVisibility(actor, 'v');
    const [row] = await this.select(
      manager,
      `SELECT (${vastloperCandidateSql('v')}) AS eligible, v.alliance_id FROM vastloper v WHERE v.id = :id AND ${visible.where}`,
      { ...visible.params, id },
    );
    if (!row) {
      throw notFound('vastloper', id);
    }
    return { column: 'vastloper_id', id, eligible: row.eligible, allianceId: row.alliance_id ?? null };
  }

  private async select(manager: EntityManager, sql: string, params: Record<string, unknown>): Promise<{ eligible: boolean; alliance_id?: string }[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return manager.query(text, values);
  }

  private async current(manager: EntityManager, meetingId: string, voterId: string, candidate: Candidate): Promise<VoteRow | null> {
    const [row]: VoteRow[] = await manager.query(
      `SELECT id, votes FROM priority_vote WHERE meeting_id = $1 AND voter_id = $2 AND ${candidate.column} = $3`,
      [meetingId, voterId, candidate.id],
    );
    return row ?? null;
  }

  private async record(
    manager: EntityManager,
    caller: Caller,
    operation: 'castPriorityVote' | 'withdrawPriorityVote',
    meetingId: string,
    candidate: Candidate,
    before: VoteRow | null,
    after: VoteRow | null,
  ): Promise<void> {
    const subject = candidate.column === 'dossier_id' ? { dossierId: candidate.id } : { vastloperId: candidate.id };
    await this.audit.record(manager, caller, {
      operation,
      entityType: 'PriorityVote',
      entityId: (after ?? before)?.id ?? null,
      before: before ? { meetingId, ...subject, votes: before.votes } : null,
      after: after ? { meetingId, ...subject, votes: after.votes } : null,
    });
  }

  private async composerFor(caller: Caller, meetingId: string): Promise<Composer> {
    return (await this.composer.composer(caller, meetingId)) as Composer;
  }
}
