import { GraphQLScalarType, Kind } from 'graphql';
import { DATE_TIME_DESCRIPTION, parseIsoDateTime } from '@doorbraak/domain';
import { InputError } from './input-error';

const parse = (value: unknown): Date => {
  const parsed = parseIsoDateTime(value);
  if (parsed.problem) {
    throw new InputError(parsed.problem.message, parsed.problem.reason);
  }
  return parsed.value;
};

// Strict where Nest's own DateTime is lenient (`new Date(anything)`): text that is not an ISO-8601
// instant with an offset, or names a day that does not exist, is refused while the request is parsed.
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: DATE_TIME_DESCRIPTION,
  serialize: (value: unknown): string | null => (value instanceof Date ? value.toISOString() : null),
  parseValue: parse,
  parseLiteral: (ast): Date => parse(ast.kind === Kind.STRING ? ast.value : null),
});

// Every `Date` in the schema is this scalar: give it to the schema builder wherever a schema is built.
export const SCALARS_MAP = [{ type: Date, scalar: DateTimeScalar }];
