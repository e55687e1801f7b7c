// A property-based generator of GraphQL requests over a schema, with fast-check: random documents as five
// roles, plausible ones (which reach the resolvers and the database) and hostile ones (wrong types, values
// out of range, text that breaks things, far too long). Used by the API's fuzz spec and by the drill.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

// How deep generated selections go.
const MAX_SELECTION_DEPTH = 10;

type Value =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'enum'; readonly value: string }
  | { readonly kind: 'null' }
  | { readonly kind: 'list'; readonly items: readonly Value[] }
  | { readonly kind: 'object'; readonly fields: readonly (readonly [string, Value])[] };

type Argument = { readonly name: string; readonly type: string; readonly value: Value; readonly asVariable: boolean };
type Selection =
  | { readonly kind: 'field'; readonly name: string; readonly args: readonly Argument[]; readonly selections: readonly Selection[] | null }
  | { readonly kind: 'fragment'; readonly on: string; readonly selections: readonly Selection[] };
type Operation = { readonly type: 'query' | 'mutation' | 'subscription'; readonly selections: readonly Selection[]; readonly wrongVariableTypes: boolean };

export const FUZZ_ROLES = ['anonymous', 'partner', 'director', 'coordinator', 'admin'] as const;
export type FuzzRole = (typeof FUZZ_ROLES)[number];
export type FuzzRequest = { readonly role: FuzzRole; readonly operation: Operation };

// The demo accounts the fuzzer signs in as (seeded password), of one alliance and national.
export const FUZZ_ACCOUNTS: Record<Exclude<FuzzRole, 'anonymous'>, string> = {
  partner: 'partner.rotterdam-zuid@demo.doorbraak.nl',
  director: 'programmadirecteur.rotterdam-zuid@demo.doorbraak.nl',
  coordinator: 'coordinator@demo.doorbraak.nl',
  admin: 'admin@demo.doorbraak.nl',
};

const str = (value: string): Value => ({ kind: 'string', value });
const num = (value: number): Value => ({ kind: 'number', value });

// Text meant to break something: what cannot be stored, what looks like code, what is far too long.
const HOSTILE_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'x\ud800y',
  '\udc00',
  '\ud83d',
  '\u001b[31mrood',
  'piep\u0007',
  'c1\u0085',
  '\u202eeslaf',
  '\ufeff',
  "' OR 1=1 --",
  '"; DROP TABLE vastloper; --',
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${process.env}',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e20',
  'P99999999Y',
  'PT0S',
  '0000-01-01',
  '2027-02-30',
  '2027-02-30T10:00:00Z',
  'bouwstop 🚧 één',
];

const PLAIN_TEXT = ['Rotterdam Zuid', 'Participatiewet art. 31', 'jeugdhulp', 'rotterdam-zuid', 'heerlen-noord', 'P3D', 'PT30S', '2027-03-01', 'woningcorporatie'];

const plainTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...PLAIN_TEXT) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
);

export const hostileTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: plainTextArb },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 8, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.integer({ min: 150, max: 60_000 }).map((length) => 'x'.repeat(length)) },
  { weight: 2, arbitrary: fc.integer({ min: 15, max: 19_000 }).map((words) => 'woord '.repeat(words)) },
  { weight: 1, arbitrary: fc.constant('y'.repeat(101 * 1024)) },
);

const INSTANTS_HOSTILE = [
  'not a date',
  '',
  '1e20',
  '2027-13-01T10:00:00Z',
  '2027-02-30T10:00:00+01:00',
  '2027-03-01T10:00:00+99:00',
  '10000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '2027-03-01',
];

const plainInstantArb: fc.Arbitrary<Value> = fc.integer({ min: -300, max: 700 }).map((days) => str(new Date(Date.now() + days * 86_400_000).toISOString()));

const hostileInstantArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -900, max: 4_500 }).map((days) => str(new Date(Date.now() + days * 86_400_000).toISOString())) },
  { weight: 3, arbitrary: fc.constantFrom(...INSTANTS_HOSTILE).map(str) },
  { weight: 1, arbitrary: fc.oneof(fc.double().map(num), fc.constant<Value>({ kind: 'list', items: [] })) },
);

const plainIntArb: fc.Arbitrary<Value> = fc.integer({ min: 1, max: 60 }).map(num);

const hostileIntArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 300 }).map(num) },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e20, -1e20, 1.5, Number.NaN, -0).map(num) },
  { weight: 1, arbitrary: fc.integer().map(num) },
);

// Values of any type, for arguments given the wrong one.
const anyValueArb: fc.Arbitrary<Value> = fc.oneof(
  hostileTextArb.map(str),
  hostileIntArb,
  fc.boolean().map((value): Value => ({ kind: 'boolean', value })),
  fc.constant<Value>({ kind: 'null' }),
  fc.constantFrom('NOPE', 'open', 'OPEN', 'ADMIN').map((value): Value => ({ kind: 'enum', value })),
  fc.constant<Value>({ kind: 'list', items: [str('a'), num(1)] }),
  fc.constant<Value>({ kind: 'object', fields: [['unknown', str('x')]] }),
);

// Which table an id argument most likely names, from its name (or, for a bare `id`, its field or input
// type): real ids get a request past "not found" and into the services.
export const ID_TABLES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/attendee/i, ['meeting_attendee']],
  [/agendaItem/i, ['agenda_item']],
  [/series/i, ['meeting_series']],
  [/meeting/i, ['meeting']],
  [/alliance|escalationLadder/i, ['alliance']],
  [/vastloper|park/i, ['vastloper']],
  [/doorbraak/i, ['doorbraak']],
  [/^itemId$|acknowledge|escalate|withdraw/i, ['vastloper', 'doorbraak']],
  [/partner/i, ['partner']],
  [/person|owner|presenter|actor/i, ['person']],
  [/decision/i, ['decision']],
  [/actionItem/i, ['action_item']],
  [/notification/i, ['notification']],
];

export type IdPool = Readonly<Record<string, readonly string[]>>;

type Rows = (sql: string, params?: unknown[]) => Promise<{ id?: string; column_name?: string }[]>;

// Real ids per table for the generator, from the demo data: ordered by content, not by the random ids or the
// times of this run, so a seed picks the same rows again; mostly rows of the alliance whose people the
// fuzzer signs in as.
export const fuzzIdPool = async (query: Rows): Promise<IdPool> => {
  const ids: Record<string, string[]> = {};
  const [{ id: ownAlliance }] = await query(`SELECT id FROM alliance WHERE slug = 'rotterdam-zuid'`);
  for (const table of new Set(ID_TABLES.flatMap(([, names]) => names))) {
    const columns = await query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND data_type IN ('text', 'character varying', 'integer', 'boolean') ORDER BY ordinal_position`,
      [table],
    );
    const order = [...columns.map((column) => `"${column.column_name}"`), 'id'].join(', ');
    const hasAlliance = (await query(`SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = 'alliance_id'`, [table])).length > 0;
    const pick = (where: string, limit: number) =>
      query(`SELECT id FROM ${table} WHERE ${where} ORDER BY ${order} LIMIT ${limit}`, hasAlliance ? [ownAlliance] : []);
    const rows = hasAlliance ? [...(await pick('alliance_id = $1', 6)), ...(await pick('alliance_id IS DISTINCT FROM $1', 3))] : await pick('TRUE', 8);
    ids[table] = rows.map((row) => String(row.id));
  }
  return ids;
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

// What is wrong with an answer to a fuzzed request, or null: a 5xx, no JSON, or an error without a usable code.
// Collects the codes seen.
export const fuzzAnswerProblem = (status: number, text: string, codes?: Map<string, number>): string | null => {
  const body = parseJson(text) as { errors?: { extensions?: { code?: unknown } }[] } | null;
  if (status >= 500 || !body || typeof body !== 'object') {
    return 'server error or no JSON';
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') {
      return 'error without a usable code';
    }
    codes?.set(code, (codes.get(code) ?? 0) + 1);
  }
  return null;
};

const idsFor = (pool: IdPool, name: string): string[] => {
  const tables = ID_TABLES.find(([pattern]) => pattern.test(name))?.[1] ?? Object.keys(pool);
  const ids = tables.flatMap((table) => pool[table] ?? []);
  return ids.length > 0 ? ids : Object.values(pool).flat();
};

// Two kinds of request: plausible ones, which reach the resolvers and the database, and hostile ones,
// whose arguments are often of the wrong type, out of range or not text at all.
type Mode = 'plausible' | 'hostile';

export class DocumentGenerator {
  private readonly values = new Map<string, fc.Arbitrary<Value>>();
  private readonly selections = new Map<string, fc.Arbitrary<readonly Selection[]>>();
  private readonly hostile: boolean;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly ids: IdPool,
    mode: Mode,
  ) {
    this.hostile = mode === 'hostile';
  }

  request(): fc.Arbitrary<FuzzRequest> {
    const query = this.schema.getQueryType() as GraphQLObjectType;
    const mutation = this.schema.getMutationType() as GraphQLObjectType;
    // Subscriptions are served over WebSocket only: over HTTP each must be a clean refusal.
    const subscription = this.schema.getSubscriptionType() ?? query;
    const rootFields = (type: GraphQLObjectType) =>
      fc
        .uniqueArray(fc.constantFrom(...Object.values(type.getFields())), { minLength: 1, maxLength: this.hostile ? 2 : 1, selector: (field) => field.name })
        .chain((fields) => fc.tuple(...fields.map((field) => this.field(field, 1))));
    const operation = fc.oneof(
      { weight: 10, arbitrary: fc.record({ type: fc.constant<Operation['type']>('query'), selections: rootFields(query) }) },
      { weight: 9, arbitrary: fc.record({ type: fc.constant<Operation['type']>('mutation'), selections: rootFields(mutation) }) },
      {
        weight: 1,
        arbitrary: this.hostile
          ? fc.record({ type: fc.constant<Operation['type']>('subscription'), selections: rootFields(subscription) })
          : fc.record({ type: fc.constant<Operation['type']>('query'), selections: rootFields(query) }),
      },
    );
    return fc.record({
      role: fc.constantFrom(...FUZZ_ROLES),
      operation: fc
        // Now and then every variable is declared with the wrong type.
        .tuple(operation, fc.integer({ min: 0, max: 29 }).map((draw) => this.hostile && draw === 0))
        .map(([generated, wrong]): Operation => ({ ...generated, wrongVariableTypes: wrong })),
    });
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<Selection> {
    const args = fc.tuple(
      ...field.args.map((argument) =>
        fc
          .tuple(this.argumentValue(argument.type, argument.name === 'id' ? field.name : argument.name), fc.boolean())
          .map(([value, asVariable]) => (value ? { name: argument.name, type: String(argument.type), value, asVariable } : null)),
      ),
    );
    const named = getNamedType(field.type);
    const selections = isLeafType(named) ? fc.constant(null) : this.selectionSet(named, depth + 1);
    return fc.record({
      kind: fc.constant('field' as const),
      name: fc.constant(field.name),
      args: args.map((list) => list.filter((argument): argument is Argument => argument !== null)),
      selections,
    });
  }

  // Mostly a value of the right type (its leaves often hostile); sometimes left out, null, or of any type.
  private argumentValue(type: GraphQLInputType, hint: string): fc.Arbitrary<Value | null> {
    if (!this.hostile) {
      return isNonNullType(type) ? this.value(type, hint) : fc.option(this.value(type, hint), { freq: 2 });
    }
    return fc.oneof(
      { weight: 12, arbitrary: this.value(type, hint) },
      { weight: isNonNullType(type) ? 1 : 4, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant<Value>({ kind: 'null' }) },
      { weight: 1, arbitrary: anyValueArb },
    );
  }

  private value(type: GraphQLInputType, hint: string): fc.Arbitrary<Value> {
    const key = getNamedType(type).name === 'ID' ? `${String(type)}|${hint}` : String(type);
    const known = this.values.get(key);
    if (known) {
      return known;
    }
    const made = fc.constant(null).chain(() => this.makeValue(type, hint));
    this.values.set(key, made);
    return made;
  }

  private makeValue(type: GraphQLInputType, hint: string): fc.Arbitrary<Value> {
    if (isNonNullType(type)) {
      return this.value(type.ofType, hint);
    }
    if (isListType(type)) {
      return fc.array(this.value(type.ofType, hint), { maxLength: 3 }).map((items): Value => ({ kind: 'list', items }));
    }
    if (isInputObjectType(type)) {
      const optional = (fieldType: GraphQLInputType, fieldHint: string): fc.Arbitrary<Value> =>
        this.hostile
          ? fc.oneof(
              { weight: 8, arbitrary: this.value(fieldType, fieldHint) },
              { weight: 1, arbitrary: fc.constant<Value>({ kind: 'null' }) },
              { weight: 1, arbitrary: anyValueArb },
            )
          : this.value(fieldType, fieldHint);
      const fields = Object.values(type.getFields()).map((field) => {
        const fieldHint = field.name === 'id' ? type.name : field.name;
        return isNonNullType(field.type)
          ? this.value(field.type, fieldHint).map((value) => [field.name, value] as const)
          : fc.option(optional(field.type, fieldHint), { freq: 2 }).map((value) => (value === null ? null : ([field.name, value] as const)));
      });
      return fc.tuple(...fields).map((entries): Value => ({ kind: 'object', fields: entries.filter((entry) => entry !== null) }));
    }
    if (isEnumType(type)) {
      const valid = fc.constantFrom(...type.getValues().map((value) => value.name));
      return (this.hostile ? fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom('NOPE', type.getValues()[0].name.toLowerCase()) }) : valid).map(
        (value): Value => ({ kind: 'enum', value }),
      );
    }
    const knownId = fc.constantFrom(...idsFor(this.ids, hint)).map(str);
    switch (type.name) {
      case 'ID':
        return this.hostile
          ? fc.oneof(
              { weight: 8, arbitrary: knownId },
              { weight: 1, arbitrary: fc.uuid().map(str) },
              { weight: 2, arbitrary: hostileTextArb.map(str) },
              { weight: 1, arbitrary: hostileIntArb },
            )
          : knownId;
      case 'Int':
        return this.hostile ? hostileIntArb : plainIntArb;
      case 'Float':
        return fc.double().map(num);
      case 'Boolean':
        return fc.boolean().map((value): Value => ({ kind: 'boolean', value }));
      case 'DateTime':
        return this.hostile ? hostileInstantArb : plainInstantArb;
      default:
        return (this.hostile ? hostileTextArb : plainTextArb).map(str);
    }
  }

  private selectionSet(type: GraphQLNamedType, depth: number): fc.Arbitrary<readonly Selection[]> {
    const key = `${type.name}@${Math.min(depth, MAX_SELECTION_DEPTH)}`;
    const known = this.selections.get(key);
    if (known) {
      return known;
    }
    const made = fc.constant(null).chain(() => this.makeSelectionSet(type, depth));
    this.selections.set(key, made);
    return made;
  }

  private makeSelectionSet(type: GraphQLNamedType, depth: number): fc.Arbitrary<readonly Selection[]> {
    const typename: Selection = { kind: 'field', name: '__typename', args: [], selections: null };
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      return fc
        .subarray([...possible], { maxLength: 2 })
        .chain((members) => fc.tuple(...members.map((member) => this.selectionSet(member, depth).map((selections): Selection => ({ kind: 'fragment', on: member.name, selections })))))
        .map((fragments) => [typename, ...fragments]);
    }
    if (!isObjectType(type)) {
      return fc.constant([typename]);
    }
    const fields = Object.values(type.getFields()).filter((field) => depth < MAX_SELECTION_DEPTH || isLeafType(getNamedType(field.type)));
    if (fields.length === 0) {
      return fc.constant([typename]);
    }
    return fc
      .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 4, selector: (field) => field.name })
      .chain((chosen) => fc.tuple(...chosen.map((field) => this.field(field, depth))));
  }
}

const literal = (value: Value): string => {
  switch (value.kind) {
    case 'string':
      return JSON.stringify(value.value);
    case 'number':
      return String(value.value);
    case 'boolean':
      return String(value.value);
    case 'enum':
      return value.value;
    case 'null':
      return 'null';
    case 'list':
      return `[${value.items.map(literal).join(', ')}]`;
    case 'object':
      return `{ ${value.fields.map(([name, field]) => `${name}: ${literal(field)}`).join(', ')} }`;
  }
};

const json = (value: Value): unknown => {
  switch (value.kind) {
    case 'null':
      return null;
    case 'list':
      return value.items.map(json);
    case 'object':
      return Object.fromEntries(value.fields.map(([name, field]) => [name, json(field)]));
    default:
      return value.value;
  }
};

// The document and variables of a generated operation, as a client sends them.
export const printOperation = (operation: Operation): { query: string; variables: Record<string, unknown> } => {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const selectionSet = (selections: readonly Selection[]): string =>
    `{ ${selections
      .map((selection) => {
        if (selection.kind === 'fragment') {
          return `... on ${selection.on} ${selectionSet(selection.selections)}`;
        }
        const args = selection.args.map((argument) => {
          if (!argument.asVariable) {
            return `${argument.name}: ${literal(argument.value)}`;
          }
          const name = `v${definitions.length}`;
          definitions.push(`$${name}: ${operation.wrongVariableTypes ? 'String' : argument.type}`);
          variables[name] = json(argument.value);
          return `${argument.name}: $${name}`;
        });
        return `${selection.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${selection.selections ? ` ${selectionSet(selection.selections)}` : ''}`;
      })
      .join(' ')} }`;
  const body = selectionSet(operation.selections);
  return { query: `${operation.type}${definitions.length > 0 ? ` (${definitions.join(', ')})` : ''} ${body}`, variables };
};

