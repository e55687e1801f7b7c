import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, validate } from 'graphql';
import { focusAreasQuery } from './focus-areas.query';

// Contract check: the API commits its generated schema, so a renamed or retyped field fails here, not in the browser.
const schemaFile = path.resolve(__dirname, '../../../../../../apps/api/schema.gql');

describe('focusAreasQuery', () => {
  it('is valid against the API schema', () => {
    const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
    expect(validate(schema, focusAreasQuery).map((error) => error.message)).toEqual([]);
  });
});
