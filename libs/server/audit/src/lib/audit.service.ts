import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, type Repository } from 'typeorm';
import { AuditEntryEntity } from '@doorbraak/server-data';

export type AuditRecord = {
  actorId: string | null;
  operation: string;
  entityType: string;
  entityId: string | null;
  before: object | null;
  after: object | null;
  requestId: string | null;
};

export type AuditFilter = {
  actorId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  operation?: string | null;
  from?: Date | null;
  to?: Date | null;
};

export type AuditPage = { entries: AuditEntryEntity[]; totalCount: number; hasNextPage: boolean };

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
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const { before, after } = changedFields(record.before, record.after);
    const entry = new AuditEntryEntity();
    Object.assign(entry, {
      actorId: record.actorId,
      operation: record.operation,
      entityType: record.entityType,
      entityId: record.entityId,
      before,
      after,
      requestId: record.requestId,
    });
    await manager.save(entry);
  }

  // Newest first; the cursor is the id of the last entry seen.
  async list(filter: AuditFilter, first: number, after: string | null): Promise<AuditPage> {
    const query = this.entries.createQueryBuilder('entry');
    if (filter.actorId) query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    if (filter.entityType) query.andWhere('entry.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (filter.operation) query.andWhere('entry.operation = :operation', { operation: filter.operation });
    if (filter.from) query.andWhere('entry.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.at < :to', { to: filter.to });
    const totalCount = await query.getCount();
    if (after) {
      query.andWhere(new Brackets((where) => where.where('entry.id < :after', { after })));
    }
    const rows = await query.orderBy('entry.id', 'DESC').take(first + 1).getMany();
    return { entries: rows.slice(0, first), totalCount, hasNextPage: rows.length > first };
  }
}
