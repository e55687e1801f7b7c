import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { EscalationRung, ItemKind } from '@doorbraak/domain';
import { JOBS, QUEUES } from '@doorbraak/server-core';
import { escalationJobId, type DuePurpose, type EscalateJobData } from './escalation.job-data';

type DueSource = { readonly kind: ItemKind; readonly purpose: DuePurpose; readonly table: string; readonly column: string; readonly where: string };

// Each source reads one partial index, so a sweep costs what is due, not what exists.
const SOURCES: readonly DueSource[] = [
  { kind: 'VASTLOPER', purpose: 'escalate', table: 'vastloper', column: 'next_escalation_at', where: `status IN ('OPEN', 'IN_BEHANDELING')` },
  { kind: 'VASTLOPER', purpose: 'warn', table: 'vastloper', column: 'early_warning_at', where: `status IN ('OPEN', 'IN_BEHANDELING')` },
  { kind: 'VASTLOPER', purpose: 'unpark', table: 'vastloper', column: 'parked_until', where: `status = 'GEPARKEERD'` },
  { kind: 'DOORBRAAK', purpose: 'escalate', table: 'doorbraak', column: 'next_escalation_at', where: `status = 'LOPEND'` },
  { kind: 'DOORBRAAK', purpose: 'warn', table: 'doorbraak', column: 'early_warning_at', where: `status = 'LOPEND'` },
];

const BATCH = 1000;

type DueRow = { id: string; rung: EscalationRung; period: number; due: string; due_ms: string };

export type SweepResult = { readonly due: number };

@Injectable()
export class SweepService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.escalation) private readonly queue: Queue,
  ) {}

  // Queues one job per due item. An item stays due until its job has moved it, so a job lost with a
  // Redis restart is queued again by the next sweep; a job still queued is not queued twice.
  async sweep(now: Date): Promise<SweepResult> {
    let due = 0;
    for (const source of SOURCES) {
      // Keyset pages in index order; the cursor travels as text to keep PostgreSQL's microseconds.
      let after: { due: string; id: string } = { due: '-infinity', id: '00000000-0000-0000-0000-000000000000' };
      for (;;) {
        const rows: DueRow[] = await this.dataSource.query(
          `SELECT id, rung, stall_period AS period, ${source.column}::text AS due,
                  floor(extract(epoch FROM ${source.column}) * 1000)::bigint AS due_ms FROM ${source.table}
            WHERE ${source.where} AND ${source.column} IS NOT NULL AND ${source.column} <= $1
              AND ${source.column} >= $2::timestamptz AND (${source.column}, id) > ($2::timestamptz, $3::uuid)
            ORDER BY ${source.column}, id LIMIT ${BATCH}`,
          [now, after.due, after.id],
        );
        if (rows.length > 0) {
          await this.queue.addBulk(
            rows.map((row) => {
              const data: EscalateJobData = { itemType: source.kind, itemId: row.id, fromRung: row.rung, period: row.period };
              return { name: JOBS.escalation.escalate, data, opts: { jobId: escalationJobId(source.purpose, data, Number(row.due_ms)) } };
            }),
          );
          due += rows.length;
        }
        if (rows.length < BATCH) {
          break;
        }
        const last = rows[rows.length - 1];
        after = { due: last.due, id: last.id };
      }
    }
    return { due };
  }
}
