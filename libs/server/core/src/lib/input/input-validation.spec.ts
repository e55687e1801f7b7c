import { buildSchema, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { findRequestError } from './input-validation.plugin';

const SDL = `
  type Query { item(id: ID!): Item, search(text: String): [Item!]! }
  type Item { id: ID!, notes(filter: NoteFilter): [String!]! }
  input NoteFilter { words: [String!], nested: NoteFilter }
  type Subscription { itemChanged(id: ID!): Item }
`;

const errorOf = (schema: GraphQLSchema, query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) {
    throw new Error('no operation');
  }
  const error = findRequestError(schema, document, operation, variables, new Date('2026-12-05T12:00:00Z'));
  return error ? { message: error.message, ...error.extensions } : null;
};

describe('the request check before execution', () => {
  const schema = buildSchema(SDL);

  it('refuses a subscription over HTTP, and an operation type the schema lacks', () => {
    expect(errorOf(schema, 'subscription { itemChanged(id: "1") { id } }')).toEqual(
      expect.objectContaining({ code: 'BAD_REQUEST', reason: 'SUBSCRIPTION_OVER_HTTP', http: { status: 400 } }),
    );
    expect(errorOf(buildSchema('type Query { a: String }'), 'subscription { a }')).toEqual(
      expect.objectContaining({ code: 'BAD_REQUEST', reason: 'UNKNOWN_OPERATION_TYPE' }),
    );
    expect(errorOf(buildSchema('type Query { a: String }'), 'mutation { a }')).toEqual(expect.objectContaining({ reason: 'UNKNOWN_OPERATION_TYPE' }));
  });

  it('checks literal and variable arguments at any depth: fields, fragments, lists, nested inputs', () => {
    expect(errorOf(schema, '{ search(text: "a\\u0000b") { id } }')).toEqual(expect.objectContaining({ reason: 'INVALID_CHARACTERS', field: 'text' }));
    expect(errorOf(schema, 'query ($t: String) { search(text: $t) { id } }', { t: 'x\ud800' })).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS' }),
    );
    expect(errorOf(schema, '{ item(id: "1") { ...notes } } fragment notes on Item { notes(filter: { nested: { words: ["ok", "\\u001b"] } }) }')).toEqual(
      expect.objectContaining({ reason: 'CONTROL_CHARACTER', field: 'words' }),
    );
    expect(errorOf(schema, '{ item(id: "1") { ... on Item { notes(filter: { words: ["lang"] }) } } }')).toBeNull();
  });

  it('applies the default limits where the schema names no rule: one line of 1 000 characters, ids of 100', () => {
    expect(errorOf(schema, 'query ($t: String) { search(text: $t) { id } }', { t: 'x'.repeat(1_000) })).toBeNull();
    expect(errorOf(schema, 'query ($t: String) { search(text: $t) { id } }', { t: 'x'.repeat(1_001) })).toEqual(expect.objectContaining({ reason: 'TEXT_TOO_LONG' }));
    expect(errorOf(schema, 'query ($id: ID!) { item(id: $id) { id } }', { id: 'x'.repeat(101) })).toEqual(expect.objectContaining({ reason: 'TEXT_TOO_LONG', field: 'id' }));
  });

  it('leaves variables of the wrong type to graphql-js, which refuses them itself', () => {
    expect(errorOf(schema, 'query ($t: String) { search(text: $t) { id } }', { t: ['a\u0000'] })).toBeNull();
  });
});
