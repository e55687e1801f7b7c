// Malformed and hostile GraphQL requests, generated with fast-check: random documents from the schema as five
// roles (the API fuzz spec's generator: wrong types, values out of range, huge strings), and requests broken
// on the way in: invalid JSON, wrong content types and methods, deep nesting, alias floods, huge bodies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { DEMO_PASSWORD } from '@doorbraak/server-seed';
import { DocumentGenerator, FUZZ_ACCOUNTS, fuzzAnswerProblem, printOperation, type FuzzRequest, type FuzzRole, type IdPool } from '@doorbraak/server-testing';
import { graphql, send, type RawRequest, type Recorder } from './client';

const root = join(__dirname, '..', '..');
const CONCURRENCY = 8;
const CHUNK = 100;

type Hostile = { readonly role: FuzzRole; readonly request: RawRequest; readonly label: string };

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

const body = (query: string, variables: Record<string, unknown> = {}): string => JSON.stringify({ query, variables });

// Requests that break before any resolver: the transport, the JSON, the document's shape and size.
const brokenRequest: fc.Arbitrary<{ request: RawRequest; label: string }> = fc.oneof(
  fc
    .oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom(
        '',
        '{',
        '{"query":',
        '[',
        'null',
        '42',
        '"{ me { email } }"',
        '{"query": 1}',
        '{"query": null}',
        '{"variables": {}}',
        '{"query": "{ me { email } }", "variables": "x"}',
        '{"query": "{ me { email } }", "variables": [1, 2]}',
        '{"query": "{ me { email } }", "operationName": 7}',
        '{"query": "{ me { email } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
        '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]',
        '{"query": "{ __typename }"}{"query": "{ __typename }"}',
        '{"__proto__": {"query": "{ __typename }"}}',
      ),
    )
    .map((text) => ({ request: { body: text }, label: 'invalid JSON' })),
  fc
    .tuple(
      fc.constantFrom<string | null>(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'application/graphql',
        'application/json; charset=latin1',
        'application/octet-stream',
        '',
        null,
      ),
      fc.constantFrom(body('{ __typename }'), 'query={ __typename }', '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--'),
    )
    .map(([contentType, text]) => ({ request: { contentType, body: text }, label: 'wrong content type' })),
  fc
    .tuple(fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH'), fc.constantFrom('{ __typename }', 'mutation { logout }', '{ me { email } }'))
    .map(([method, query]) => ({
      request: { method, path: `/graphql?query=${encodeURIComponent(query)}`, body: method === 'GET' ? undefined : body(query) },
      label: 'wrong method',
    })),
  fc.integer({ min: 8, max: 400 }).map((depth) => ({
    request: { body: body(`{ meeting(id: "00000000-0000-4000-8000-000000000000") { ${'agenda { meeting { '.repeat(depth)}id${' } }'.repeat(depth)} } }`) },
    label: 'deep nesting',
  })),
  fc.integer({ min: 1_000, max: 200_000 }).map((depth) => ({
    request: { body: `{"query": "{ __typename }", "variables": {"x": ${'['.repeat(depth)}${']'.repeat(depth)}}}` },
    label: 'deeply nested JSON',
  })),
  fc.integer({ min: 50, max: 5_000 }).map((aliases) => ({
    request: { body: body(`{ ${range(aliases).map((index) => `a${index}: me { email }`).join(' ')} }`) },
    label: 'alias flood',
  })),
  fc.integer({ min: 20, max: 2_000 }).map((fragments) => ({
    request: { body: body(`{ ...f0 } ${range(fragments).map((index) => `fragment f${index} on Query { ${index + 1 < fragments ? `...f${index + 1}` : '__typename'} }`).join(' ')}`) },
    label: 'fragment chain',
  })),
  fc.integer({ min: 50_000, max: 3_000_000 }).map((length) => ({
    request: { body: body('query ($search: String) { vastlopers(filter: { search: $search }) { totalCount } }', { search: 'x'.repeat(length) }) },
    label: 'huge string',
  })),
);

const hostileRequest = (generator: fc.Arbitrary<FuzzRequest>): fc.Arbitrary<Hostile> =>
  fc.oneof(
    { weight: 3, arbitrary: generator.map((request) => {
      const { query, variables } = printOperation(request.operation);
      return { role: request.role, request: { body: body(query, variables) }, label: `${request.operation.type} from the schema` };
    }) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom<FuzzRole>('anonymous', 'director', 'partner'), brokenRequest).map(([role, broken]) => ({ role, ...broken })) },
  );

export type FuzzOutcome = { readonly problems: number; readonly codes: Map<string, number> };

// Sends `count` generated requests, a few at a time; every answer must be free of 5xx and each error must carry
// a code. The same seed sends the same requests.
export const fuzz = async (baseUrl: string, ids: IdPool, count: number, seed: number, recorder: Recorder): Promise<FuzzOutcome> => {
  const schema = buildSchema(readFileSync(join(root, 'apps', 'api', 'schema.gql'), 'utf8'));
  const generator = fc.oneof(new DocumentGenerator(schema, ids, 'plausible').request(), new DocumentGenerator(schema, ids, 'hostile').request());
  const arbitrary = hostileRequest(generator);
  const tokens = new Map<FuzzRole, Promise<string>>();
  const signIn = (role: Exclude<FuzzRole, 'anonymous'>): Promise<string> => {
    const signing = graphql(baseUrl, 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', {
      email: FUZZ_ACCOUNTS[role],
      password: DEMO_PASSWORD,
    }).then((answer) => String((answer.body?.data?.['login'] as { accessToken?: string } | undefined)?.accessToken ?? ''));
    tokens.set(role, signing);
    return signing;
  };
  for (const role of Object.keys(FUZZ_ACCOUNTS) as Exclude<FuzzRole, 'anonymous'>[]) {
    await signIn(role);
  }
  const codes = new Map<string, number>();
  let problems = 0;
  let next = 0;
  let queue: Hostile[] = [];
  const take = (): Hostile | undefined => {
    if (next >= count) return undefined;
    if (queue.length === 0) {
      queue = fc.sample(arbitrary, { numRuns: Math.min(CHUNK, count - next), seed: seed + next });
    }
    next += 1;
    return queue.shift();
  };
  await Promise.all(
    range(CONCURRENCY).map(async () => {
      for (let hostile = take(); hostile; hostile = take()) {
        const token = hostile.role === 'anonymous' ? undefined : await tokens.get(hostile.role);
        const answer = recorder.record(hostile.label, await send(baseUrl, { ...hostile.request, token }));
        const problem = answer.failed ? `no answer (${answer.failed})` : fuzzAnswerProblem(answer.status, answer.text, codes);
        if (problem) {
          problems += 1;
          recorder.example(`${hostile.label}: ${problem}: ${answer.status} ${(hostile.request.body ?? hostile.request.path ?? '').slice(0, 200)} -> ${answer.text.slice(0, 200)}`);
        }
        // A session the fuzzer ended (logout) is started again, so the role keeps its rights.
        if (hostile.role !== 'anonymous' && answer.code === 'UNAUTHENTICATED' && (await tokens.get(hostile.role)) === token) {
          await signIn(hostile.role);
        }
      }
    }),
  );
  return { problems, codes };
};
