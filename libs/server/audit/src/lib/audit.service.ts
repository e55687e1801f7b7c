import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, type Repository } from 'typeorm';
import { AuditEntryEntity } from '@doorbraak/server-data';
import { currentEntityType, currentOperation, storedEntityTypes, storedOperations, type AuditEntityType } from './audit-names';

// Who made the change: a Caller, or for a sign-in or a system step the person concerned (or nobody).
export type AuditCaller = { readonly actor: { readonly personId: string } | null; readonly requestId: string | null };

export type AuditChange = {
  readonly operation: string;
  readonly entityType: AuditEntityType;
  readonly entityId: string | null;
  readonly before: object | null;
  readonly after: object | null;
};

export type AuditFilter = {
  actorId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  operation?: string | null;
  from?: Date | null;
  to?: Date | null;
};

// `totalCount` is counted only when asked for: over the whole trail, the count costs more than the page.
export type AuditPage = { entries: AuditEntryEntity[]; totalCount: () => Promise<number>; hasNextPage: boolean };

// Only what changed is kept: unchanged fields would drown the trail.
const changedFields = (before: object | null, after: object | null) => {
  if (!before || !after) {
    return { before, after };
  }
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]),
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, b[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, a[key] ?? null])),
  };
};

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  // Called inside the transaction of the change it records, so both land or neither does.
  async record(manager: EntityManager, caller: AuditCaller, change: AuditChange): Promise<void> {
    const { before, after } = changedFields(change.before, change.after);
    const entry = new AuditEntryEntity();
    Object.assign(entry, {
      actorId: caller.actor?.personId ?? null,
      operation: change.operation,
      entityType: change.entityType,
      entityId: change.entityId,
      before,
      after,
      requestId: caller.requestId,
    });
    await manager.save(entry);
  }

  // Newest first; the cursor is the id of the last entry seen.
  async list(filter: AuditFilter, first: number, after: string | null): Promise<AuditPage> {
    const query = this.entries.createQueryBuilder('entry');
    if (filter.actorId) query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    if (filter.entityType) query.andWhere('entry.entityType IN (:...entityTypes)', { entityTypes: storedEntityTypes(filter.entityType) });
    if (filter.entityId) query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (filter.operation) query.andWhere('entry.operation IN (:...operations)', { operations: storedOperations(filter.operation) });
    if (filter.from) query.andWhere('entry.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.at < :to', { to: filter.to });
    const counted = query.clone();
    let totalCount: Promise<number> | undefined;
    if (after) {
      query.andWhere(new Brackets((where) => where.where('entry.id < :after', { after })));
    }
    const rows = await query.orderBy('entry.id', 'DESC').take(first + 1).getMany();
    const entries = rows.slice(0, first).map((entry) =>
      Object.assign(entry, { operation: currentOperation(entry.operation), entityType: currentEntityType(entry.entityType) }),
    );
    return { entries, totalCount: () => (totalCount ??= counted.getCount()), hasNextPage: rows.length > first };
  }
}
