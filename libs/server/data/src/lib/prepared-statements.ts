import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { PREPARED_MARK } from '@doorbraak/server-core';

// A statement's name: a hash of its text.
const nameFor = (text: string): string => `doorbraak_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;

// The pg client of our pools (TypeORM's `extra.Client`): a statement marked with PREPARED_MARK (see there) that has
// parameters goes as a named prepared statement, named after its text. A connection keeps at most `limit` of
// them: a list's filters can be combined into thousands of texts, and PostgreSQL keeps each prepared statement
// for the connection's life. Past the limit a new text runs unnamed, as any other statement (the statements that
// run on every request come first and stay prepared); none is ever taken back, so no statement can meet a name
// that was just dropped.
export class PreparingClient extends Client {
  static limit = 200;

  // The texts this connection prepared, with their statement's name (at most `limit`: nothing else is kept, in
  // the connection or the process, for the texts past it).
  readonly preparedNames = new Map<string, string>();
}

const query = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;

PreparingClient.prototype.query = function (this: PreparingClient, config: unknown, values?: unknown, callback?: unknown) {
  if (typeof config === 'string' && config.startsWith(PREPARED_MARK) && Array.isArray(values)) {
    let name = this.preparedNames.get(config);
    if (!name && this.preparedNames.size < PreparingClient.limit) {
      name = nameFor(config);
      this.preparedNames.set(config, name);
    }
    if (name) {
      return query.call(this, { name, text: config, values }, callback);
    }
  }
  return query.call(this, config, values, callback);
} as Client['query'];
