import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { can, canReadItem } from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { forbidden, notFound, requireUuid, type Caller } from '@doorbraak/server-core';
import { VastloperEntity } from '@doorbraak/server-data';
import { pairOf } from '../similar-access';
import { notSimilar, sameVastloper } from '../similarity.exception';

export type MatchJudgement = {
  readonly vastloper: VastloperEntity;
  readonly similar: VastloperEntity;
  readonly dismissed: boolean;
  readonly dismissedAt: Date | null;
};

// "Niet vergelijkbaar": a person takes a stored match out of the triage and the items' lists, for
// everyone, and can put it back. Both sides must be items the caller may read and triage.
@Injectable()
export class SimilarDismissalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  dismiss(caller: Caller, vastloperId: string, similarId: string): Promise<MatchJudgement> {
    return this.dataSource.transaction(async (manager) => {
      const { vastloper, similar } = await this.loadPair(manager, caller, vastloperId, similarId, true);
      const [firstId, secondId] = pairOf(vastloper.id, similar.id);
      const inserted: { dismissed_at: Date }[] = await manager.query(
        `INSERT INTO similar_dismissal (first_id, second_id, dismissed_by_id, dismissed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING dismissed_at`,
        [firstId, secondId, caller.actor.personId, caller.now],
      );
      // Dismissing twice changes nothing and records nothing.
      if (inserted.length > 0) {
        await this.audit.record(manager, caller, {
          operation: 'dismissSimilarMatch',
          entityType: 'SimilarVastloper',
          entityId: vastloper.id,
          before: { similarId: similar.id, dismissed: false },
          after: { similarId: similar.id, dismissed: true },
        });
      }
      const [row]: { dismissed_at: Date }[] = await manager.query(
        `SELECT dismissed_at FROM similar_dismissal WHERE first_id = $1 AND second_id = $2`,
        [firstId, secondId],
      );
      return { vastloper, similar, dismissed: true, dismissedAt: row.dismissed_at };
    });
  }

  restore(caller: Caller, vastloperId: string, similarId: string): Promise<MatchJudgement> {
    return this.dataSource.transaction(async (manager) => {
      const { vastloper, similar } = await this.loadPair(manager, caller, vastloperId, similarId, false);
      const deleted: unknown[] = await manager.query(
        `DELETE FROM similar_dismissal WHERE first_id = $1 AND second_id = $2 RETURNING first_id`,
        pairOf(vastloper.id, similar.id),
      );
      if (deleted.length > 0) {
        await this.audit.record(manager, caller, {
          operation: 'restoreSimilarMatch',
          entityType: 'SimilarVastloper',
          entityId: vastloper.id,
          before: { similarId: similar.id, dismissed: true },
          after: { similarId: similar.id, dismissed: false },
        });
      }
      return { vastloper, similar, dismissed: false, dismissedAt: null };
    });
  }

  // Items the caller may not read are "not found"; readable ones they may not triage, forbidden. Only a
  // pair the similarity job matched (either way round) can be dismissed; a dismissal is undone even
  // when the texts have changed since and the match is gone.
  private async loadPair(manager: EntityManager, caller: Caller, vastloperId: string, similarId: string, mustMatch: boolean) {
    const ids = [requireUuid(vastloperId), requireUuid(similarId)];
    if (ids[0] === ids[1]) {
      throw sameVastloper();
    }
    const rows = await manager.getRepository(VastloperEntity).findBy(ids.map((id) => ({ id })));
    const [vastloper, similar] = ids.map((id) => {
      const row = rows.find((candidate) => candidate.id === id);
      if (!row || !canReadItem(caller.actor, row)) {
        throw notFound('vastloper', id);
      }
      return row;
    });
    if (![vastloper, similar].every((row) => can(caller.actor, 'similar.dismiss', { allianceId: row.allianceId }))) {
      throw forbidden('You may not judge matches of these vastlopers.');
    }
    if (!mustMatch) {
      return { vastloper, similar };
    }
    const [{ matched }]: { matched: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM similar_vastloper WHERE (vastloper_id = $1 AND similar_id = $2) OR (vastloper_id = $2 AND similar_id = $1)) AS matched`,
      ids,
    );
    if (!matched) {
      throw notSimilar();
    }
    return { vastloper, similar };
  }
}
