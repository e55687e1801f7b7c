import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  can,
  canReadItem,
  CLOSING_OUTCOMES,
  isOpenDossier,
  type Actor,
  type AnswerCommand,
  type DossierNoteKind,
  type DossierOutcome,
  type MembershipJoin,
  type MembershipLeave,
} from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { forbidden, keysetPage, notFound, requireUuid, type Caller, type Page } from '@doorbraak/server-core';
import { DossierEntity, DossierNoteEntity, PersonEntity, VastloperEntity } from '@doorbraak/server-data';
import { AnswerClockService, LadderService, type LadderCommand } from '@doorbraak/server-escalation';
import { cleanTitle, requireText } from '@doorbraak/server-vastlopers';
import { answersForMinistry, carriedBy, dossierVisibility } from './dossier-access';
import { DossierNoticesService } from './dossier-notices.service';
import {
  alreadyInDossier,
  dossierClosed,
  dossierNotFound,
  dossierNotProposed,
  invalidOutcome,
  invalidSplit,
  ministryOwnerNotFound,
  notInDossier,
  sameDossier,
} from './dossiers.exception';
import type { CreateDossierInput, DossierFilter } from './graphql/inputs';

const OUTCOME_LABELS: Readonly<Record<DossierOutcome, string>> = {
  RESOLVED: 'Opgelost',
  PARTLY_RESOLVED: 'Deels opgelost',
  NOT_RESOLVED: 'Niet opgelost',
  WITHDRAWN: 'Ingetrokken',
  MERGED_INTO: 'Samengevoegd',
};

type Stay = { readonly via: MembershipJoin; readonly reason: string | null; readonly fromDossierId: string | null };
type Leave = { readonly via: MembershipLeave; readonly reason: string | null; readonly toDossierId: string | null };

const optionalText = (text: string | null | undefined): string | null => text?.trim() || null;

// The national dossiers (DOMAIN §5). Every command is one transaction with one audit entry; the membership
// history is only ever appended to or ended, never rewritten.
@Injectable()
export class DossiersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notices: DossierNoticesService,
    private readonly ladder: LadderService,
    private readonly clocks: AnswerClockService,
  ) {}

  list(actor: Actor, filter: DossierFilter, first: number, after: string | null | undefined): Promise<Page<DossierEntity>> {
    return keysetPage('d', first, after, () => this.filtered(actor, filter));
  }

  private filtered(actor: Actor, filter: DossierFilter): SelectQueryBuilder<DossierEntity> {
    const visibility = dossierVisibility(actor, 'd');
    const query = this.dataSource.getRepository(DossierEntity).createQueryBuilder('d').where(visibility.where, visibility.params);
    if (filter.statuses?.length) {
      query.andWhere('d.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.owningMinistry) {
      query.andWhere('d.owning_ministry = :ministry', { ministry: filter.owningMinistry });
    }
    if (filter.allianceId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM dossier_membership fm JOIN vastloper fv ON fv.id = fm.vastloper_id
                  WHERE fm.dossier_id = d.id AND ${carriedBy('fm')} AND fv.alliance_id = :filterAlliance)`,
        { filterAlliance: requireUuid(filter.allianceId) },
      );
    }
    return query;
  }

  async byId(actor: Actor, id: string): Promise<DossierEntity> {
    return this.visible(this.dataSource.manager, actor, requireUuid(id), false);
  }

  async create(caller: Caller, input: CreateDossierInput): Promise<DossierEntity> {
    const { actor, now } = caller;
    const title = cleanTitle(input.title);
    const cause = requireText(input.cause, 'the cause');
    const vastloperIds = [...new Set((input.vastloperIds ?? []).map(requireUuid))];
    const reason = optionalText(input.reason);
    const result = await this.dataSource.transaction(async (manager) => {
      // One after the other: a transaction is one connection, which runs one statement at a time.
      const vastlopers: VastloperEntity[] = [];
      for (const id of vastloperIds) {
        vastlopers.push(await this.readableVastloper(manager, actor, id));
      }
      // A coordinator opens a dossier; a rijksvertegenwoordiger proposes one with items of their own alliances.
      const manages = can(actor, 'dossier.manage', { allianceId: null });
      if (!manages && (vastlopers.length === 0 || !vastlopers.every((v) => can(actor, 'dossier.propose', { allianceId: v.allianceId })))) {
        throw forbidden('Only a national coordinator opens a dossier; a rijksvertegenwoordiger proposes one with vastlopers of their alliances.');
      }
      const ministryOwnerId = input.ministryOwnerId ? await this.activePerson(manager, input.ministryOwnerId) : null;
      const dossier = await manager.save(
        manager.create(DossierEntity, {
          title,
          cause,
          legalReference: optionalText(input.legalReference),
          owningMinistry: input.owningMinistry,
          ministryOwnerId,
          remedy: input.remedy ?? null,
          status: manages ? 'OPEN' : 'PROPOSED',
          outcome: null,
          outcomeText: null,
          closedAt: null,
          mergedIntoId: null,
          splitFromId: null,
          createdById: actor.personId,
          acceptedAt: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      // Opened at once (not proposed): it arrives at INTERDEPARTEMENTAAL with its clocks running.
      const opened = dossier.status === 'OPEN' ? await this.ladder.openDossier(manager, dossier, now) : dossier;
      for (const vastloper of vastlopers) {
        await this.join(manager, caller, dossier.id, vastloper.id, { via: 'ADDED', reason, fromDossierId: null });
      }
      await this.audit.record(manager, caller, {
        operation: 'createDossier',
        entityType: 'Dossier',
        entityId: dossier.id,
        before: null,
        after: { ...opened, vastloperIds },
      });
      return opened;
    });
    return result;
  }

  async accept(caller: Caller, id: string): Promise<DossierEntity> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.managed(manager, caller.actor, id);
      if (dossier.status !== 'PROPOSED') {
        throw dossierNotProposed();
      }
      // Accepting starts it on the national rungs (the ladder sets its status, rung and clocks).
      const moved = await this.onLadder(manager, caller, dossier, { type: 'START' });
      return this.save(manager, caller, 'acceptDossier', dossier, { ...this.ladderFields(moved), acceptedAt: caller.now, updatedAt: caller.now });
    });
  }

  async addVastloper(caller: Caller, dossierId: string, vastloperId: string, reason: string | null): Promise<DossierEntity> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.visible(manager, caller.actor, requireUuid(dossierId), true);
      const vastloper = await this.readableVastloper(manager, caller.actor, requireUuid(vastloperId));
      this.requireManage(caller.actor);
      this.requireNotClosed(dossier);
      await this.join(manager, caller, dossier.id, vastloper.id, { via: 'ADDED', reason: optionalText(reason), fromDossierId: null });
      return this.touch(manager, caller, 'addVastloperToDossier', dossier, { vastloperId: vastloper.id, reason: optionalText(reason) });
    });
  }

  async removeVastloper(caller: Caller, dossierId: string, vastloperId: string, reason: string): Promise<DossierEntity> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.visible(manager, caller.actor, requireUuid(dossierId), true);
      const vastloper = await this.readableVastloper(manager, caller.actor, requireUuid(vastloperId));
      this.requireManage(caller.actor);
      this.requireNotClosed(dossier);
      const why = requireText(reason, 'the reason');
      const ended = await this.leave(manager, caller, dossier.id, [vastloper.id], { via: 'REMOVED', reason: why, toDossierId: null });
      if (ended.length === 0) {
        throw notInDossier(vastloper.id);
      }
      return this.touch(manager, caller, 'removeVastloperFromDossier', dossier, { vastloperId: vastloper.id, reason: why });
    });
  }

  // The absorbed dossier closes as MERGED_INTO the survivor, and its vastlopers move there.
  async merge(caller: Caller, survivorId: string, absorbedId: string, reason: string | null): Promise<DossierEntity> {
    const survivorKey = requireUuid(survivorId);
    const absorbedKey = requireUuid(absorbedId);
    return this.dataSource.transaction(async (manager) => {
      // Locked in id order, so two merges of the same pair cannot deadlock.
      const [first, second] = [survivorKey, absorbedKey].sort();
      const locked = new Map<string, DossierEntity>();
      for (const key of new Set([first, second])) {
        locked.set(key, await this.visible(manager, caller.actor, key, true));
      }
      this.requireManage(caller.actor);
      if (survivorKey === absorbedKey) {
        throw sameDossier();
      }
      const survivor = locked.get(survivorKey) as DossierEntity;
      const absorbed = locked.get(absorbedKey) as DossierEntity;
      this.requireNotClosed(survivor);
      this.requireNotClosed(absorbed);
      const why = optionalText(reason);
      const moved = await this.leave(manager, caller, absorbed.id, null, { via: 'MERGE', reason: why, toDossierId: survivor.id });
      for (const vastloperId of moved) {
        await this.join(manager, caller, survivor.id, vastloperId, { via: 'MERGE', reason: why, fromDossierId: absorbed.id });
      }
      // Off the ladder, closed in the same write (a closed dossier has its outcome).
      await this.onLadder(manager, caller, absorbed, { type: 'WITHDRAW' }, { outcome: 'MERGED_INTO', outcomeText: why, closedAt: caller.now, mergedIntoId: survivor.id });
      return this.touch(manager, caller, 'mergeDossiers', survivor, { absorbedId: absorbed.id, vastloperIds: moved, reason: why });
    });
  }

  // The chosen vastlopers move into a new dossier that inherits the case's fields.
  async split(caller: Caller, dossierId: string, vastloperIds: readonly string[], title: string, reason: string | null): Promise<DossierEntity> {
    const chosen = [...new Set(vastloperIds.map(requireUuid))];
    return this.dataSource.transaction(async (manager) => {
      const source = await this.visible(manager, caller.actor, requireUuid(dossierId), true);
      this.requireManage(caller.actor);
      this.requireNotClosed(source);
      const newTitle = cleanTitle(title);
      if (chosen.length === 0) {
        throw invalidSplit('Choose the vastlopers that move to the new dossier.');
      }
      const current = await this.currentVastloperIds(manager, source.id);
      const stranger = chosen.find((id) => !current.includes(id));
      if (stranger) {
        throw notInDossier(stranger);
      }
      if (chosen.length === current.length) {
        throw invalidSplit('A split leaves at least one vastloper in the dossier.');
      }
      const why = optionalText(reason);
      const created = await manager.save(
        manager.create(DossierEntity, {
          ...this.caseFields(source),
          title: newTitle,
          status: source.status,
          outcome: null,
          outcomeText: null,
          closedAt: null,
          mergedIntoId: null,
          splitFromId: source.id,
          createdById: caller.actor.personId,
          acceptedAt: source.status === 'OPEN' ? caller.now : null,
          createdAt: caller.now,
          updatedAt: caller.now,
        }),
      );
      if (created.status === 'OPEN') {
        Object.assign(created, await this.ladder.openDossier(manager, created, caller.now));
      }
      await this.leave(manager, caller, source.id, chosen, { via: 'SPLIT', reason: why, toDossierId: created.id });
      for (const vastloperId of chosen) {
        await this.join(manager, caller, created.id, vastloperId, { via: 'SPLIT', reason: why, fromDossierId: source.id });
      }
      await manager.update(DossierEntity, { id: source.id }, { updatedAt: caller.now });
      await this.audit.record(manager, caller, {
        operation: 'splitDossier',
        entityType: 'Dossier',
        entityId: created.id,
        before: null,
        after: { ...created, splitFromId: source.id, vastloperIds: chosen, reason: why },
      });
      return created;
    });
  }

  async addNote(caller: Caller, dossierId: string, kind: DossierNoteKind, text: string): Promise<DossierEntity> {
    const { dossier, notificationIds } = await this.dataSource.transaction(async (manager) => {
      const row = await this.visible(manager, caller.actor, requireUuid(dossierId), true);
      await this.requireNoteRight(manager, caller.actor, row.id);
      this.requireNotClosed(row);
      const note = requireText(text, 'the text of the note');
      const ids = await this.writeNote(manager, caller, row, kind, note);
      // Progress and decisions are real progress: the dossier's stall clock restarts (DOMAIN §3 rule 6).
      const moved = kind === 'OUTCOME' ? row : await this.onLadder(manager, caller, row, { type: 'PROGRESS' });
      return { dossier: await this.touch(manager, caller, 'addDossierNote', moved, { kind, text: note }), notificationIds: ids };
    });
    await this.notices.dispatch(notificationIds);
    return dossier;
  }

  // The owner at the ministry acknowledges ("in behandeling genomen") or answers the dossier (DOMAIN §5
  // AnswerClock). It is real progress, and a note on the dossier: so it shows on every carried vastloper's
  // timeline and each alliance hears of it once.
  async answerAtMinistry(caller: Caller, id: string, command: AnswerCommand, text: string | null): Promise<DossierEntity> {
    const { dossier, notificationIds } = await this.dataSource.transaction(async (manager) => {
      const row = await this.visible(manager, caller.actor, requireUuid(id), true);
      if (!answersForMinistry(caller.actor, row)) {
        throw forbidden('Only the owner at the ministry acknowledges and answers the dossier.');
      }
      const { before, after } = await this.clocks.record(manager, { dossierId: row.id }, command, { actorId: caller.actor.personId, text }, caller.now);
      const label = command.type === 'ACKNOWLEDGE' ? 'Ministerie: in behandeling genomen.' : 'Ministerie: beantwoord.';
      const ids = await this.writeNote(manager, caller, row, 'PROGRESS', text ? `${label} ${text}` : label);
      const moved = await this.onLadder(manager, caller, row, { type: 'PROGRESS' });
      const operation = command.type === 'ACKNOWLEDGE' ? 'acknowledgeDossier' : 'answerDossier';
      await manager.update(DossierEntity, { id: row.id }, { updatedAt: caller.now });
      await this.audit.record(manager, caller, { operation, entityType: 'Dossier', entityId: row.id, before: { answerTime: before }, after: { answerTime: after } });
      return { dossier: moved, notificationIds: ids };
    });
    await this.notices.dispatch(notificationIds);
    return dossier;
  }

  // Closing records the outcome as a note (told like any other) and ends the stays, so its vastlopers may
  // join another dossier; the closed dossier still shows what it carried.
  async close(caller: Caller, id: string, outcome: DossierOutcome, text: string | null): Promise<DossierEntity> {
    if (!CLOSING_OUTCOMES.includes(outcome)) {
      throw invalidOutcome();
    }
    const explanation = optionalText(text);
    const { dossier, notificationIds } = await this.dataSource.transaction(async (manager) => {
      const row = await this.managed(manager, caller.actor, id);
      const note = explanation ? `${OUTCOME_LABELS[outcome]}: ${explanation}` : `${OUTCOME_LABELS[outcome]}.`;
      const ids = await this.writeNote(manager, caller, row, 'OUTCOME', note);
      await this.leave(manager, caller, row.id, null, { via: 'CLOSED', reason: note, toDossierId: null });
      // Off the ladder: off the draft agendas and "to schedule" lists, its answer clock closed.
      const changes = { status: 'CLOSED' as const, outcome, outcomeText: explanation, closedAt: caller.now, updatedAt: caller.now };
      await this.onLadder(manager, caller, row, outcome === 'WITHDRAWN' ? { type: 'WITHDRAW' } : { type: 'RESOLVE', reason: note }, changes);
      return { dossier: await this.save(manager, caller, 'closeDossier', row, changes), notificationIds: ids };
    });
    await this.notices.dispatch(notificationIds);
    return dossier;
  }

  private async writeNote(manager: EntityManager, caller: Caller, dossier: DossierEntity, kind: DossierNoteKind, text: string): Promise<string[]> {
    const note = await manager.save(manager.create(DossierNoteEntity, { dossierId: dossier.id, kind, text, authorId: caller.actor.personId, at: caller.now }));
    return this.notices.tell(manager, {
      dossierId: dossier.id,
      dossierTitle: dossier.title,
      noteId: note.id,
      kind,
      text,
      authorId: caller.actor.personId,
      now: caller.now,
    });
  }

  // The dossier's ladder (escalation owns those columns); the row is locked by the caller. Answers the row after.
  private async onLadder(
    manager: EntityManager,
    caller: Caller,
    row: DossierEntity,
    command: LadderCommand,
    changes: Partial<DossierEntity> = {},
  ): Promise<DossierEntity> {
    const outcome = await this.ladder.applyToLocked(manager, { kind: 'DOSSIER', id: row.id }, row, command, { now: caller.now, actorId: caller.actor.personId }, changes);
    return outcome.applied ? Object.assign(new DossierEntity(), outcome.row) : row;
  }

  private ladderFields(row: DossierEntity): Partial<DossierEntity> {
    const { status, rung, rungEnteredAt, lastProgressAt, nextEscalationAt, earlyWarningAt, stallPeriod, acknowledgedAt, earlyWarningSentAt, overdueAt } = row;
    return { status, rung, rungEnteredAt, lastProgressAt, nextEscalationAt, earlyWarningAt, stallPeriod, acknowledgedAt, earlyWarningSentAt, overdueAt };
  }

  private caseFields(source: DossierEntity): Pick<DossierEntity, 'cause' | 'legalReference' | 'owningMinistry' | 'ministryOwnerId' | 'remedy'> {
    const { cause, legalReference, owningMinistry, ministryOwnerId, remedy } = source;
    return { cause, legalReference, owningMinistry, ministryOwnerId, remedy };
  }

  // A vastloper is in at most one open dossier (the partial unique index decides, also between two requests).
  private async join(manager: EntityManager, caller: Caller, dossierId: string, vastloperId: string, stay: Stay): Promise<void> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO dossier_membership (dossier_id, vastloper_id, joined_at, joined_via, join_reason, joined_by_id, from_dossier_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (vastloper_id) WHERE left_at IS NULL DO NOTHING
       RETURNING id`,
      [dossierId, vastloperId, caller.now, stay.via, stay.reason, caller.actor.personId, stay.fromDossierId],
    );
    if (inserted.length === 0) {
      const [holder]: { title: string }[] = await manager.query(
        `SELECT d.title FROM dossier_membership m JOIN dossier d ON d.id = m.dossier_id WHERE m.vastloper_id = $1 AND m.left_at IS NULL`,
        [vastloperId],
      );
      throw alreadyInDossier(vastloperId, holder?.title ?? '');
    }
  }

  // Ends the current stays of the given vastlopers (all when null); answers whose stays ended.
  private async leave(manager: EntityManager, caller: Caller, dossierId: string, vastloperIds: readonly string[] | null, leave: Leave): Promise<string[]> {
    // An UPDATE answers its rows and the number it changed.
    const [rows]: [{ vastloperId: string }[], number] = await manager.query(
      `UPDATE dossier_membership
          SET left_at = $2, left_via = $3, leave_reason = $4, left_by_id = $5, to_dossier_id = $6
        WHERE dossier_id = $1 AND left_at IS NULL AND ($7::uuid[] IS NULL OR vastloper_id = ANY($7::uuid[]))
        RETURNING vastloper_id AS "vastloperId"`,
      [dossierId, caller.now, leave.via, leave.reason, caller.actor.personId, leave.toDossierId, vastloperIds ? [...vastloperIds] : null],
    );
    return rows.map((row) => row.vastloperId).sort();
  }

  private async currentVastloperIds(manager: EntityManager, dossierId: string): Promise<string[]> {
    const rows: { vastloperId: string }[] = await manager.query(
      `SELECT vastloper_id AS "vastloperId" FROM dossier_membership WHERE dossier_id = $1 AND left_at IS NULL`,
      [dossierId],
    );
    return rows.map((row) => row.vastloperId);
  }

  // A dossier the caller may not read is "not found", so ids do not reveal what exists. `lock` takes the row
  // for the rest of the transaction.
  private async visible(manager: EntityManager, actor: Actor, id: string, lock: boolean): Promise<DossierEntity> {
    const visibility = dossierVisibility(actor, 'd');
    const query = manager.getRepository(DossierEntity).createQueryBuilder('d').where('d.id = :id', { id }).andWhere(visibility.where, visibility.params);
    if (lock) {
      query.setLock('pessimistic_write', undefined, ['d']);
    }
    const row = await query.getOne();
    if (!row) {
      throw dossierNotFound(id);
    }
    return row;
  }

  private async managed(manager: EntityManager, actor: Actor, id: string): Promise<DossierEntity> {
    const dossier = await this.visible(manager, actor, requireUuid(id), true);
    this.requireManage(actor);
    this.requireNotClosed(dossier);
    return dossier;
  }

  private requireManage(actor: Actor): void {
    if (!can(actor, 'dossier.manage', { allianceId: null })) {
      throw forbidden('Only a national coordinator changes what a dossier carries.');
    }
  }

  private requireNotClosed(dossier: DossierEntity): void {
    if (!isOpenDossier(dossier.status)) {
      throw dossierClosed();
    }
  }

  // Coordinators note on every dossier; a rijksvertegenwoordiger on the dossiers that carry items of their alliances.
  private async requireNoteRight(manager: EntityManager, actor: Actor, dossierId: string): Promise<void> {
    if (can(actor, 'dossier.addNote', { allianceId: null })) {
      return;
    }
    const rows: { allianceId: string }[] = await manager.query(
      `SELECT DISTINCT v.alliance_id AS "allianceId" FROM dossier_membership m JOIN vastloper v ON v.id = m.vastloper_id
        WHERE m.dossier_id = $1 AND m.left_at IS NULL`,
      [dossierId],
    );
    if (!rows.some((row) => can(actor, 'dossier.addNote', { allianceId: row.allianceId }))) {
      throw forbidden('You may not add notes to this dossier.');
    }
  }

  private async readableVastloper(manager: EntityManager, actor: Actor, id: string): Promise<VastloperEntity> {
    const row = await manager.findOneBy(VastloperEntity, { id: requireUuid(id) });
    if (!row || !canReadItem(actor, row)) {
      throw notFound('vastloper', id);
    }
    return row;
  }

  private async activePerson(manager: EntityManager, personId: string): Promise<string> {
    const id = requireUuid(personId);
    if (!(await manager.existsBy(PersonEntity, { id, active: true }))) {
      throw ministryOwnerNotFound(id);
    }
    return id;
  }

  private async save(
    manager: EntityManager,
    caller: Caller,
    operation: string,
    before: DossierEntity,
    changes: Partial<DossierEntity>,
  ): Promise<DossierEntity> {
    await manager.update(DossierEntity, { id: before.id }, changes);
    const after = Object.assign(new DossierEntity(), before, changes);
    await this.audit.record(manager, caller, { operation, entityType: 'Dossier', entityId: before.id, before, after });
    return after;
  }

  // A change to what the dossier carries or says: the audit entry names it; the dossier's row only moves its time.
  private async touch(manager: EntityManager, caller: Caller, operation: string, dossier: DossierEntity, what: object): Promise<DossierEntity> {
    await manager.update(DossierEntity, { id: dossier.id }, { updatedAt: caller.now });
    await this.audit.record(manager, caller, { operation, entityType: 'Dossier', entityId: dossier.id, before: null, after: what });
    return Object.assign(new DossierEntity(), dossier, { updatedAt: caller.now });
  }
}
