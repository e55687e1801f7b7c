import { Column, type ColumnOptions } from 'typeorm';

// Enums are stored as text guarded by a CHECK constraint: easier to evolve than PostgreSQL enum types.
export const enumCheck = (column: string, values: readonly string[]): string =>
  `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;

export const EnumColumn = (options: ColumnOptions = {}): PropertyDecorator => Column({ type: 'text', ...options });

export const TimestampColumn = (options: ColumnOptions = {}): PropertyDecorator =>
  Column({ type: 'timestamptz', ...options });
