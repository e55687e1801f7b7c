import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { oneByKey, PREPARED_COMMENT, requestLoader, type GraphqlContext } from '@doorbraak/server-core';
import { AllianceEntity } from './entities/alliance.entity';
import { PersonEntity } from './entities/person.entity';

// The rows of these ids (each once), in one prepared statement whatever their number: `id = ANY($1)` has one
// text for any number of ids, where `IN ($1, $2, …)` has one per number.
export const findByIds = <T extends ObjectLiteral & { id: string }>(manager: EntityManager, entity: EntityTarget<T>, ids: Iterable<string>): Promise<T[]> =>
  manager
    .createQueryBuilder(entity, 'row')
    .where('row.id = ANY(:ids)', { ids: [...new Set(ids)] })
    .comment(PREPARED_COMMENT)
    .getMany();

// One loader per entity that every context names, under one key: a person who owns a vastloper and
// chairs a meeting is read once per request, whichever resolver asks first.
const byId =
  <T extends { id: string }>(name: string, entity: EntityTarget<T>) =>
  (context: GraphqlContext, manager: EntityManager) =>
    requestLoader<string, T | null>(context, `${name}ById`, async (ids) =>
      oneByKey(ids, await findByIds(manager, entity, ids), (row) => row.id),
    );

export const personLoader = byId('person', PersonEntity);
export const allianceLoader = byId('alliance', AllianceEntity);
