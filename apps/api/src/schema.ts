import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { ALLIANCES_RESOLVERS } from '@doorbraak/server-alliances';
import { AUDIT_RESOLVERS } from '@doorbraak/server-audit';
import { AUTH_RESOLVERS } from '@doorbraak/server-auth';
import { DASHBOARDS_RESOLVERS } from '@doorbraak/server-dashboards';
import { ESCALATION_RESOLVERS } from '@doorbraak/server-escalation';
import { VASTLOPERS_RESOLVERS } from '@doorbraak/server-vastlopers';
import { MEETINGS_RESOLVERS } from '@doorbraak/server-meetings';
import { NOTIFICATIONS_RESOLVERS } from '@doorbraak/server-notifications';
import { SIMILARITY_RESOLVERS } from '@doorbraak/server-similarity';
import { DOSSIERS_RESOLVERS } from '@doorbraak/server-dossiers';
import { DOORBRAAKOVERLEG_RESOLVERS } from '@doorbraak/server-doorbraakoverleg';
import { SCALARS_MAP } from '@doorbraak/server-core';

// Every resolver class the API serves; the schema is built from their decorators alone (no database).
export const RESOLVERS: (new (...args: never[]) => unknown)[] = [
  ...AUTH_RESOLVERS,
  ...AUDIT_RESOLVERS,
  ...ALLIANCES_RESOLVERS,
  ...VASTLOPERS_RESOLVERS,
  ...ESCALATION_RESOLVERS,
  ...NOTIFICATIONS_RESOLVERS,
  ...MEETINGS_RESOLVERS,
  ...DASHBOARDS_RESOLVERS,
  ...SIMILARITY_RESOLVERS,
  ...DOSSIERS_RESOLVERS,
  ...DOORBRAAKOVERLEG_RESOLVERS,
];

export const buildSchema = async (): Promise<GraphQLSchema> => {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS, { scalarsMap: SCALARS_MAP });
    return lexicographicSortSchema(schema);
  } finally {
    await app.close();
  }
};
