import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { can, type Actor } from '@doorbraak/domain';
import { badInput, groupByKey, requestLoader, type GraphqlContext } from '@doorbraak/server-core';
import { VastloperEntity } from '@doorbraak/server-data';
import { vastloperVisibility } from '@doorbraak/server-vastlopers';
import { notDismissed } from './similar-access';
import type { SimilarityReason } from './similarity-reasons';

export const MAX_SIMILAR = 20;

export type SimilarMatch = { readonly vastloper: VastloperEntity; readonly score: number; readonly reasons: SimilarityReason[] };

const checkFirst = (first: number): void => {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SIMILAR) {
    throw badInput(`first must be between 1 and ${MAX_SIMILAR}.`);
  }
};

// Reads the stored matches; only the items the caller may see (alliances and confidentiality, in SQL, as
// the vastlopers list does), without the pairs people judged not similar, and only for the roles that
// bundle items nationally (DOMAIN §5 rule 3; for everyone else the list is empty). One query for all
// the items of a request that ask for the same number.
@Injectable()
export class SimilarReadService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // An item's matches as the caller sees them: none without the role.
  async similarOf(context: GraphqlContext, actor: Actor, item: Pick<VastloperEntity, 'id' | 'allianceId'>, first: number): Promise<SimilarMatch[]> {
    if (can(actor, 'similar.read', { allianceId: item.allianceId })) {
      return this.similar(context, actor, item.id, first);
    }
    checkFirst(first);
    return [];
  }

  similar(context: GraphqlContext, actor: Actor, vastloperId: string, first: number): Promise<SimilarMatch[]> {
    checkFirst(first);
    return requestLoader<string, SimilarMatch[]>(context, `similar:${first}`, (ids) => this.load(actor, ids, first)).load(vastloperId);
  }

  private async load(actor: Actor, ids: readonly string[], first: number): Promise<SimilarMatch[][]> {
    const visibility = vastloperVisibility(actor, 'v');
    const { entities, raw } = await this.dataSource
      .getRepository(VastloperEntity)
      .createQueryBuilder('v')
      .innerJoin('similar_vastloper', 's', 's.similar_id = v.id')
      .addSelect('s.vastloper_id', 'source_id')
      .addSelect('s.score', 'match_score')
      .addSelect('s.reasons', 'match_reasons')
      .where('s.vastloper_id = ANY(:ids)', { ids: [...ids] })
      .andWhere(visibility.where, visibility.params)
      .andWhere(notDismissed('s'))
      .orderBy('s.vastloper_id')
      .addOrderBy('s.score', 'DESC')
      .addOrderBy('v.id')
      .getRawAndEntities<{ v_id: string; source_id: string; match_score: number; match_reasons: SimilarityReason[] }>();
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const matches = raw.map((row) => ({
      sourceId: row.source_id,
      vastloper: byId.get(row.v_id) as VastloperEntity,
      score: Math.round(Number(row.match_score) * 1000) / 1000,
      reasons: row.match_reasons,
    }));
    return groupByKey(ids, matches, (match) => match.sourceId).map((group) =>
      group.slice(0, first).map(({ vastloper, score, reasons }) => ({ vastloper, score, reasons })),
    );
  }
}
