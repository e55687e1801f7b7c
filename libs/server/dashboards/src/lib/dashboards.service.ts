import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { alliancesWhere, can, type Actor } from '@doorbraak/domain';
import { forbidden, lazyInTurn, notFound, oneAfterAnother, prepared, requireUuid, type LazyParts } from '@doorbraak/server-core';
import { overdueActionItemsPerAlliance, overdueActionItemsPerPartner, overdueActionItemsPerPartnerType } from '@doorbraak/server-meetings';
import { nationalFigures, openPerRungPerAlliance, vastloperFigures, type VastloperFigures } from '@doorbraak/server-vastlopers';
import type { AllianceDashboard, DashboardFigures, NationalDashboard } from './graphql/dashboard.model';

type AllianceRow = { id: string; name: string; slug: string };

// The overdue total is the sum of the per-partner (or per-type) counts, so the two always agree.
const figuresOf = (items: VastloperFigures, overdue: readonly { count: number }[]): DashboardFigures => ({
  open: items.open,
  parked: items.parked,
  perRung: items.perRung,
  ageOfOpen: items.ageOfOpen,
  perMonth: items.perMonth,
  perActielijn: items.perActielijn.map(({ key, open, resolved }) => ({ actielijn: key, open, resolved })),
  perCategory: items.perCategory.map(({ key, open, resolved }) => ({ category: key, open, resolved })),
  overdueActionItems: overdue.reduce((sum, row) => sum + row.count, 0),
});

// The read side of the dashboards: figures counted in the database by the contexts that own the rows
// (vastlopers, meetings), over what the caller may see. Writes nothing.
@Injectable()
export class DashboardsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async allianceDashboard(actor: Actor, allianceId: string, now: Date): Promise<AllianceDashboard> {
    requireUuid(allianceId);
    const [alliance]: AllianceRow[] = can(actor, 'alliance.read', { allianceId })
      ? await this.dataSource.query(`SELECT id, name, slug FROM alliance WHERE id = $1`, [allianceId])
      : [];
    if (!alliance) {
      throw notFound('alliance', allianceId);
    }
    if (!can(actor, 'item.read', { allianceId })) {
      throw forbidden('Only those who may read the items of this alliance see its dashboard.');
    }
    const [items, perPartner] = await oneAfterAnother([
      () => vastloperFigures(this.dataSource, actor, { allianceId }, now),
      () => overdueActionItemsPerPartner(this.dataSource, actor, allianceId, now),
    ]);
    return {
      allianceId: alliance.id,
      allianceName: alliance.name,
      allianceSlug: alliance.slug,
      figures: figuresOf(items, perPartner),
      overdueActionItemsPerPartner: perPartner,
    };
  }

  // The national figures are many counts over every alliance: only those a query asks for are read.
  async nationalDashboard(actor: Actor, now: Date): Promise<LazyParts<NationalDashboard>> {
    if (!can(actor, 'national.read', { allianceId: null })) {
      throw forbidden('The national dashboard is for the national programme team.');
    }
    const readable = alliancesWhere(actor, 'item.read');
    const alliances: AllianceRow[] = await this.dataSource.query(
      prepared(
        `SELECT a.id, a.name, a.slug FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id
        WHERE $1::boolean OR a.id = ANY($2::uuid[])
        ORDER BY f.display_order, a.name`,
      ),
      [readable === 'ALL', readable === 'ALL' ? [] : [...readable]],
    );
    const allianceIds = alliances.map((alliance) => alliance.id);
    const reads = lazyInTurn({
      items: () => vastloperFigures(this.dataSource, actor, { allianceId: null }, now),
      rungs: () => openPerRungPerAlliance(this.dataSource, actor, allianceIds),
      overduePerAlliance: () => overdueActionItemsPerAlliance(this.dataSource, actor, now),
      perPartnerType: () => overdueActionItemsPerPartnerType(this.dataSource, actor, now),
      ...nationalFigures(this.dataSource, actor, allianceIds, now),
    });
    const named = (index: number) => ({ allianceId: alliances[index].id, allianceName: alliances[index].name, allianceSlug: alliances[index].slug });
    return {
      totals: async () => figuresOf(await reads.items(), await reads.perPartnerType()),
      areas: async () => {
        const rungs = await reads.rungs();
        const overduePerAlliance = await reads.overduePerAlliance();
        return alliances.map((alliance, index) => ({
          ...named(index),
          open: rungs[index].open,
          perRung: rungs[index].perRung,
          overdueActionItems: overduePerAlliance.get(alliance.id) ?? 0,
        }));
      },
      overdueActionItemsPerPartnerType: reads.perPartnerType,
      heatMap: async () => (await reads.heatMap()).map((row, index) => ({ ...named(index), perCategory: row.perCategory })),
      openPerMinistry: reads.openPerMinistry,
      openPerLaw: reads.openPerLaw,
      unansweredMinistries: reads.unansweredMinistries,
    };
  }
}
