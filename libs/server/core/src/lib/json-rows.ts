import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

// An entity from a row a statement gave as JSON (`row_to_json(t)`, `json_agg(t)` of a table's rows): the
// keys are the columns' names and the instants ISO text, and the driver's own conversions make the entity
// a query builder would have made of the same row. A column the entity does not select unless asked (a
// password's hash) is left out, as a query builder leaves it out.
export const entityFromJson = <T extends ObjectLiteral>(metadata: EntityMetadata, row: Record<string, unknown>): T => {
  const driver = metadata.connection.driver;
  const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
  for (const column of metadata.columns) {
    if (column.isSelect && column.databaseName in row) column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
};

// The entities of a JSON array of rows (null, as `json_agg` gives for none, is none).
export const entitiesFromJson = <T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly Record<string, unknown>[] | null | undefined,
): T[] => {
  const metadata = manager.connection.getMetadata(target);
  return (rows ?? []).map((row) => entityFromJson<T>(metadata, row));
};
