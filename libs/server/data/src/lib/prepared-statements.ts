import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { PREPARED_MARK } from '@doorbraak/server-core';

const names = new Map<string, string>();

const nameOf = (text: string): string => {
  let name = names.get(text);
  if (!name) {
    name = `doorbraak_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
};

// The pg client of our pools (TypeORM's `extra.Client`): a statement marked with PREPARED_MARK (see there) that has
// parameters goes as a named prepared statement, named after its text.
export class PreparingClient extends Client {}

const query = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;

PreparingClient.prototype.query = function (this: Client, config: unknown, values?: unknown, callback?: unknown) {
  if (typeof config === 'string' && config.startsWith(PREPARED_MARK) && Array.isArray(values)) {
    return query.call(this, { name: nameOf(config), text: config, values }, callback);
  }
  return query.call(this, config, values, callback);
} as Client['query'];
