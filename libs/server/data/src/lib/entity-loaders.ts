import { In, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { oneByKey, requestLoader, type GraphqlContext } from '@doorbraak/server-core';
import { AllianceEntity } from './entities/alliance.entity';
import { PersonEntity } from './entities/person.entity';

// One loader per entity that every context names, under one key: a person who owns a vastloper and
// chairs a meeting is read once per request, whichever resolver asks first.
const byId =
  <T extends { id: string }>(name: string, entity: EntityTarget<T>) =>
  (context: GraphqlContext, manager: EntityManager) =>
    requestLoader<string, T | null>(context, `${name}ById`, async (ids) =>
      oneByKey(ids, await manager.findBy(entity, { id: In([...ids]) } as FindOptionsWhere<T>), (row) => row.id),
    );

export const personLoader = byId('person', PersonEntity);
export const allianceLoader = byId('alliance', AllianceEntity);
