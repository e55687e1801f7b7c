import type { Pool } from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';

// Runs a statement PostgreSQL parses once per connection and, after a few runs, plans once (a named prepared
// statement: a generic plan where it costs no more than a custom one). For the few statements every request
// runs, such as the session check, whose parsing and planning cost four times its execution. TypeORM cannot
// name a statement, so this goes to TypeORM's own pool (same connections, settings and limits), logs the
// statement to TypeORM's logger and fails with TypeORM's error, as a `query` of the data source would.
// `name` is one per text for the life of the process: a connection keeps each statement it prepared.
export const preparedQuery = async <T>(dataSource: DataSource, name: string, text: string, values: readonly unknown[]): Promise<T[]> => {
  const parameters = [...values];
  dataSource.logger.logQuery(text, parameters);
  // TypeORM's PostgreSQL driver keeps its pg pool as `master`.
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  try {
    return (await pool.query({ name, text, values: parameters })).rows as T[];
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, text, parameters);
    throw new QueryFailedError(text, parameters, error as Error);
  }
};
