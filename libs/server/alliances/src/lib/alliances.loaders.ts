import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { groupByKey, oneByKey, requestLoader, type GraphqlContext } from '@doorbraak/server-core';
import {
  allianceLoader,
  personLoader,
  type AllianceEntity,
  type FocusAreaEntity,
  type PartnerEntity,
  type PersonEntity,
  type RijksvertegenwoordigerEntity,
} from '@doorbraak/server-data';
import { AlliancesService } from './alliances.service';

// Every relation field resolves through one of these, so a list costs one query per relation.
@Injectable()
export class AlliancesLoaders {
  constructor(
    private readonly service: AlliancesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  focusArea(context: GraphqlContext) {
    return requestLoader<string, FocusAreaEntity | null>(context, 'focusArea', async (ids) =>
      oneByKey(ids, await this.service.focusAreasByIds(ids), (row) => row.id),
    );
  }

  alliance(context: GraphqlContext) {
    return allianceLoader(context, this.dataSource.manager);
  }

  allianceOfFocusArea(context: GraphqlContext) {
    return requestLoader<string, AllianceEntity | null>(context, 'allianceOfFocusArea', async (ids) =>
      oneByKey(ids, await this.service.alliancesByFocusAreaIds(ids), (row) => row.focusAreaId),
    );
  }

  person(context: GraphqlContext) {
    return personLoader(context, this.dataSource.manager);
  }

  partnersOfAlliance(context: GraphqlContext) {
    return requestLoader<string, PartnerEntity[]>(context, 'partnersOfAlliance', async (ids) =>
      groupByKey(ids, await this.service.partnersByAllianceIds(ids), (row) => row.allianceId),
    );
  }

  rijksvertegenwoordigersOfAlliance(context: GraphqlContext) {
    return requestLoader<string, RijksvertegenwoordigerEntity[]>(context, 'rijksvertegenwoordigersOfAlliance', async (ids) =>
      groupByKey(ids, await this.service.assignmentsByAllianceIds(ids), (row) => row.allianceId).map((assignments) =>
        assignments.flatMap((assignment) => (assignment.rijksvertegenwoordiger ? [assignment.rijksvertegenwoordiger] : [])),
      ),
    );
  }

  alliancesOfRijksvertegenwoordiger(context: GraphqlContext) {
    return requestLoader<string, AllianceEntity[]>(context, 'alliancesOfRijksvertegenwoordiger', async (ids) =>
      groupByKey(ids, await this.service.assignmentsByRijksvertegenwoordigerIds(ids), (row) => row.rijksvertegenwoordigerId).map(
        (assignments) => assignments.flatMap((assignment) => (assignment.alliance ? [assignment.alliance] : [])),
      ),
    );
  }

  representativesOfPartner(context: GraphqlContext) {
    return requestLoader<string, PersonEntity[]>(context, 'representativesOfPartner', async (ids) =>
      groupByKey(ids, await this.service.representativesByPartnerIds(ids), (row) => row.partnerId).map((rows) =>
        rows.map((row) => row.person),
      ),
    );
  }
}
