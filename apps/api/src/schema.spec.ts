import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema } from './schema';

describe('the committed schema.gql', () => {
  it('is what the resolvers generate, so the web client types stay true (npm run schema:generate)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(`${printSchema(await buildSchema())}\n`).toBe(committed);
  });
});
