import type { Logger } from 'typeorm';

// A TypeORM logger that counts the SQL statements the application sends.
export class QueryCounter implements Logger {
  private queries: string[] = [];

  reset(): void {
    this.queries = [];
  }

  get count(): number {
    return this.queries.length;
  }

  get statements(): readonly string[] {
    return this.queries;
  }

  logQuery(query: string): void {
    this.queries.push(query);
  }

  logQueryError(_error: string | Error, query: string): void {
    this.queries.push(query);
  }

  logQuerySlow(): void {
    // Only the number of statements matters here.
  }

  logSchemaBuild(): void {
    // Schema builds are not application queries.
  }

  logMigration(): void {
    // Migrations are not application queries.
  }

  log(): void {
    // Driver notices are not application queries.
  }
}
