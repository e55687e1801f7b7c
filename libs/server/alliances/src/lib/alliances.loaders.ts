import { Injectable } from '@nestjs/common';
import { groupByKey, oneByKey, requestLoader, type GraphqlContext } from '@doorbraak/server-core';
import type {
  AllianceEntity,
  FocusAreaEntity,
  PartnerEntity,
  PersonEntity,
  RijksvertegenwoordigerEntity,
} from '@doorbraak/server-data';
import { AlliancesService } from './alliances.service';

// Every relation field resolves through one of these, so a list costs one query per relation.
@Injectable()
export class AlliancesLoaders {
  constructor(private readonly service: AlliancesService) {}

  focusArea(context: GraphqlContext) {
    return requestLoader<string, FocusAreaEntity | null>(context, 'focusArea', async (ids) =>
      oneByKey(ids, await this.service.focusAreasByIds(ids), (row) => row.id),
    );
  }

  alliance(context: GraphqlContext) {
    return requestLoader<string, AllianceEntity | null>(context, 'alliance', async (ids) =>
      oneByKey(ids, await this.service.alliancesByIds(ids), (row) => row.id),
    );
  }

  allianceOfFocusArea(context: GraphqlContext) {
    return requestLoader<string, AllianceEntity | null>(context, 'allianceOfFocusArea', async (ids) =>
      oneByKey(ids, await this.service.alliancesByFocusAreaIds(ids), (row) => row.focusAreaId),
    );
  }

  person(context: GraphqlContext) {
    return requestLoader<string, PersonEntity | null>(context, 'person', async (ids) =>
      oneByKey(ids, await this.service.peopleByIds(ids), (row) => row.id),
    );
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
