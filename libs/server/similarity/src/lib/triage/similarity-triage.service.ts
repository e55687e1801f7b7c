import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor, VastloperCategory } from '@doorbraak/domain';
import { keysetPage, requireUuid } from '@doorbraak/server-core';
import { VastloperEntity } from '@doorbraak/server-data';
import { vastloperVisibility } from '@doorbraak/server-vastlopers';
import { notDismissed, similarScope } from '../similar-access';
import { invalidWeeks } from '../similarity.exception';

export const TRIAGE_WEEKS = { default: 4, min: 1, max: 26 } as const;

export type TriageFilter = { weeks?: number | null; allianceId?: string | null; category?: VastloperCategory | null };

const DAY_MS = 24 * 60 * 60 * 1000;

// The triage of the national level: the running vastlopers logged in the last weeks that still have a
// match the caller may see and nobody dismissed, newest first. Everything is decided in SQL, so a page
// holds only what the caller may see and the count is right.
@Injectable()
export class SimilarityTriageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  page(actor: Actor, filter: TriageFilter, first: number, after: string | null | undefined, now: Date) {
    const weeks = filter.weeks ?? TRIAGE_WEEKS.default;
    if (!Number.isInteger(weeks) || weeks < TRIAGE_WEEKS.min || weeks > TRIAGE_WEEKS.max) {
      throw invalidWeeks(TRIAGE_WEEKS.min, TRIAGE_WEEKS.max);
    }
    const allianceId = filter.allianceId ? requireUuid(filter.allianceId) : null;
    const since = new Date(now.getTime() - weeks * 7 * DAY_MS);
    return keysetPage('v', first, after, () => {
      const scope = similarScope(actor, 'v');
      const other = vastloperVisibility(actor, 'm');
      const query = this.dataSource
        .getRepository(VastloperEntity)
        .createQueryBuilder('v')
        .where(scope.where, scope.params)
        .andWhere(`v.status IN ('OPEN', 'IN_BEHANDELING', 'GEPARKEERD')`)
        .andWhere('v.created_at >= :since', { since })
        .andWhere(
          `EXISTS (SELECT 1 FROM similar_vastloper s JOIN vastloper m ON m.id = s.similar_id
                   WHERE s.vastloper_id = v.id AND ${other.where} AND ${notDismissed('s')})`,
          other.params,
        );
      if (allianceId) {
        query.andWhere('v.alliance_id = :allianceId', { allianceId });
      }
      if (filter.category) {
        query.andWhere('v.category = :category', { category: filter.category });
      }
      return query;
    });
  }
}
