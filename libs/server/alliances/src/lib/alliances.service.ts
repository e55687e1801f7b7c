import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { alliancesWhere, can, type Actor } from '@doorbraak/domain';
import { invalidId, isUuid, notFound } from '@doorbraak/server-core';
import {
  AllianceEntity,
  FocusAreaEntity,
  PartnerEntity,
  PersonEntity,
  RijksvertegenwoordigerAssignmentEntity,
  RijksvertegenwoordigerEntity,
} from '@doorbraak/server-data';
import { focusAreaNotFound } from './alliances.exception';

@Injectable()
export class AlliancesService {
  constructor(
    @InjectRepository(FocusAreaEntity) private readonly focusAreas: Repository<FocusAreaEntity>,
    @InjectRepository(AllianceEntity) private readonly alliances: Repository<AllianceEntity>,
    @InjectRepository(PartnerEntity) private readonly partners: Repository<PartnerEntity>,
    @InjectRepository(RijksvertegenwoordigerEntity)
    private readonly rijksvertegenwoordigers: Repository<RijksvertegenwoordigerEntity>,
    @InjectRepository(RijksvertegenwoordigerAssignmentEntity)
    private readonly assignments: Repository<RijksvertegenwoordigerAssignmentEntity>,
  ) {}

  listFocusAreas(): Promise<FocusAreaEntity[]> {
    return this.focusAreas.find({ order: { displayOrder: 'ASC' } });
  }

  async focusAreaBySlug(slug: string): Promise<FocusAreaEntity> {
    const focusArea = await this.focusAreas.findOneBy({ slug });
    if (!focusArea) {
      throw focusAreaNotFound(slug);
    }
    return focusArea;
  }

  // Only the alliances the caller may read, filtered in SQL.
  listAlliances(actor: Actor): Promise<AllianceEntity[]> {
    const visible = alliancesWhere(actor, 'alliance.read');
    if (visible !== 'ALL' && visible.length === 0) {
      return Promise.resolve([]);
    }
    return this.alliances.find({ where: visible === 'ALL' ? {} : { id: In([...visible]) }, order: { name: 'ASC' } });
  }

  // An alliance the caller may not read does not exist for them.
  async allianceById(actor: Actor, id: string): Promise<AllianceEntity> {
    if (!isUuid(id)) {
      throw invalidId(id);
    }
    const alliance = can(actor, 'alliance.read', { allianceId: id }) ? await this.alliances.findOneBy({ id }) : null;
    if (!alliance) {
      throw notFound('alliance', id);
    }
    return alliance;
  }

  async partnersOfAlliance(actor: Actor, allianceId: string): Promise<PartnerEntity[]> {
    const alliance = await this.allianceById(actor, allianceId);
    return this.partners.find({ where: { allianceId: alliance.id }, order: { name: 'ASC' } });
  }

  // Those serving at least one alliance the caller may read.
  listRijksvertegenwoordigers(actor: Actor): Promise<RijksvertegenwoordigerEntity[]> {
    const visible = alliancesWhere(actor, 'alliance.read');
    if (visible !== 'ALL' && visible.length === 0) {
      return Promise.resolve([]);
    }
    const query = this.rijksvertegenwoordigers.createQueryBuilder('rv').innerJoin('rv.person', 'person').orderBy('person.name', 'ASC');
    if (visible !== 'ALL') {
      query.where(
        'EXISTS (SELECT 1 FROM rijksvertegenwoordiger_assignment a WHERE a.rijksvertegenwoordiger_id = rv.id AND a.alliance_id IN (:...visible))',
        { visible },
      );
    }
    return query.getMany();
  }

  // Batch look-ups for the DataLoaders: one query per relation per request.

  focusAreasByIds(ids: readonly string[]): Promise<FocusAreaEntity[]> {
    return this.focusAreas.findBy({ id: In([...ids]) });
  }

  alliancesByFocusAreaIds(focusAreaIds: readonly string[]): Promise<AllianceEntity[]> {
    return this.alliances.findBy({ focusAreaId: In([...focusAreaIds]) });
  }

  partnersByAllianceIds(allianceIds: readonly string[]): Promise<PartnerEntity[]> {
    return this.partners.find({ where: { allianceId: In([...allianceIds]) }, order: { name: 'ASC' } });
  }

  assignmentsByAllianceIds(allianceIds: readonly string[]): Promise<RijksvertegenwoordigerAssignmentEntity[]> {
    return this.assignments.find({
      where: { allianceId: In([...allianceIds]) },
      relations: { rijksvertegenwoordiger: true },
      order: { since: 'ASC' },
    });
  }

  assignmentsByRijksvertegenwoordigerIds(ids: readonly string[]): Promise<RijksvertegenwoordigerAssignmentEntity[]> {
    return this.assignments.find({
      where: { rijksvertegenwoordigerId: In([...ids]) },
      relations: { alliance: true },
      order: { since: 'ASC' },
    });
  }

  async representativesByPartnerIds(partnerIds: readonly string[]): Promise<{ partnerId: string; person: PersonEntity }[]> {
    const partners = await this.partners.find({
      where: { id: In([...partnerIds]) },
      relations: { representatives: true },
    });
    return partners.flatMap((partner) =>
      (partner.representatives ?? []).map((person) => ({ partnerId: partner.id, person })),
    );
  }
}
