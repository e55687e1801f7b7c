import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { can, canReadItem, type Action, type ItemKind } from '@doorbraak/domain';
import { AuditService, type AuditEntityType } from '@doorbraak/server-audit';
import { forbidden, notFound, requireUuid, type Caller } from '@doorbraak/server-core';
import { DoorbraakEntity, ProgressUpdateEntity, VastloperEntity } from '@doorbraak/server-data';
import { itemColumns, LadderService, type ItemRef, type LadderCommand } from '@doorbraak/server-escalation';
import { DoorbrakenService } from './doorbraken.service';
import { requireText } from './item-access';
import { progressDateInFuture } from './vastlopers.exception';

type ItemEntity = VastloperEntity | DoorbraakEntity;

// Clocks differ a little between machines: a note dated a minute ahead is still "now".
const CLOCK_SKEW_MS = 60_000;

// The ladder commands that apply to vastlopers and doorbraken alike, addressed by item id.
const auditEntityType = (item: ItemRef): AuditEntityType => (item.kind === 'VASTLOPER' ? 'Vastloper' : 'Doorbraak');

@Injectable()
export class LadderCommandsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ladder: LadderService,
    private readonly doorbraken: DoorbrakenService,
    private readonly audit: AuditService,
  ) {}

  async addProgress(context: Caller, itemId: string, text: string, at: Date | null): Promise<ProgressUpdateEntity> {
    const note = requireText(text, 'a text');
    const when = at ?? context.now;
    if (when.getTime() > context.now.getTime() + CLOCK_SKEW_MS) {
      throw progressDateInFuture();
    }
    return this.dataSource.transaction(async (manager) => {
      const { item, row } = await this.writable(manager, context, itemId, 'item.addProgress');
      // Progress restarts the clock from when it happened, never earlier than the clock's current start.
      const started = Math.max(row.rungEnteredAt?.getTime() ?? 0, row.lastProgressAt.getTime());
      if (when.getTime() > started) {
        await this.ladder.applyToLocked(manager, item, row, { type: 'PROGRESS' }, { now: when, actorId: context.actor.personId });
      }
      const update = manager.create(ProgressUpdateEntity, { ...itemColumns(item), authorId: context.actor.personId, text: note, at: when });
      const saved = await manager.save(update);
      await this.audit.record(manager, context, { operation: 'addProgress', entityType: auditEntityType(item), entityId: item.id, before: null, after: { progressUpdateId: saved.id, text: note, at: when } });
      return saved;
    });
  }

  acknowledge(context: Caller, itemId: string): Promise<ItemEntity> {
    return this.command(context, itemId, 'item.acknowledge', 'acknowledge', { type: 'ACKNOWLEDGE' }, 'In behandeling genomen.');
  }

  escalate(context: Caller, itemId: string, reason: string): Promise<ItemEntity> {
    return this.command(context, itemId, 'item.escalate', 'escalate', { type: 'ESCALATE', reason }, null);
  }

  deEscalate(context: Caller, itemId: string, reason: string): Promise<ItemEntity> {
    return this.command(context, itemId, 'item.escalate', 'deEscalate', { type: 'DE_ESCALATE', reason }, null);
  }

  withdraw(context: Caller, itemId: string, reason: string | null): Promise<ItemEntity> {
    const text = reason?.trim();
    return this.command(context, itemId, 'item.update', 'withdraw', { type: 'WITHDRAW' }, text ? `Ingetrokken: ${text}` : 'Ingetrokken.');
  }

  private command(
    context: Caller,
    itemId: string,
    action: Action,
    operation: string,
    command: LadderCommand,
    note: string | null,
  ): Promise<ItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { item, row } = await this.writable(manager, context, itemId, action);
      const outcome = await this.ladder.applyToLocked(manager, item, row, command, { now: context.now, actorId: context.actor.personId });
      const after = outcome.applied ? outcome.row : row;
      if (note) {
        await manager.insert(ProgressUpdateEntity, { ...itemColumns(item), authorId: context.actor.personId, text: note, at: context.now });
      }
      await this.audit.record(manager, context, { operation, entityType: auditEntityType(item), entityId: item.id, before: row, after });
      return Object.assign(item.kind === 'VASTLOPER' ? new VastloperEntity() : new DoorbraakEntity(), after);
    });
  }

  private async kindOf(manager: EntityManager, id: string): Promise<ItemKind | null> {
    const [row]: { kind: ItemKind }[] = await manager.query(
      `SELECT 'VASTLOPER' AS kind FROM vastloper WHERE id = $1 UNION ALL SELECT 'DOORBRAAK' FROM doorbraak WHERE id = $1`,
      [id],
    );
    return row?.kind ?? null;
  }

  private async writable(manager: EntityManager, context: Caller, itemId: string, action: Action): Promise<{ item: ItemRef; row: ItemEntity }> {
    const id = requireUuid(itemId);
    const kind = await this.kindOf(manager, id);
    const item: ItemRef = { kind: kind ?? 'VASTLOPER', id };
    const row = kind ? await this.ladder.lock<ItemEntity>(manager, item) : null;
    const visible =
      row !== null &&
      (item.kind === 'VASTLOPER'
        ? canReadItem(context.actor, row as VastloperEntity)
        : await this.doorbraken.mayRead(manager, context.actor, row as DoorbraakEntity));
    if (!row || !visible) {
      throw notFound('item', itemId);
    }
    if (!can(context.actor, action, { allianceId: row.allianceId })) {
      throw forbidden('You may not do this with this item.');
    }
    return { item, row };
  }
}
