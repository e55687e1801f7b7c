// Writes apps/api/schema.gql from the resolvers, for the web client's generated types.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema } from './schema';

const main = async (): Promise<void> => {
  const target = join(__dirname, '..', 'schema.gql');
  writeFileSync(target, `${printSchema(await buildSchema())}\n`);
  process.stdout.write(`schema written to apps/api/schema.gql\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
