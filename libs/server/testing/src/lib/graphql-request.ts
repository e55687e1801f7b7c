export type GraphqlError = { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } };

export type GraphqlResponse<T> = { data?: T | null; errors?: GraphqlError[] };

export type RequestOptions = { token?: string; cookie?: string };

export type GraphqlResult<T> = { status: number; body: GraphqlResponse<T>; setCookie: string[]; headers: Headers };

// Talks to a running API over HTTP, exactly as a client would.
export const graphqlRequest = async <T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphqlResult<T>> => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.cookie) headers['cookie'] = options.cookie;
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return {
    status: response.status,
    body: (await response.json()) as GraphqlResponse<T>,
    setCookie: response.headers.getSetCookie(),
    headers: response.headers,
  };
};

// For tests that expect success: fails loudly with the server's errors.
export const graphqlData = async <T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<T> => {
  const { body } = await graphqlRequest<T>(baseUrl, query, variables, options);
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
};

export const errorCode = (result: GraphqlResult<unknown>): string | undefined => result.body.errors?.[0]?.extensions?.code;

export type Session = { token: string; cookie: string };

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

// Signs in as a demo account (seeded password "doorbraak") and keeps the refresh cookie.
export const signIn = async (baseUrl: string, email: string, password = 'doorbraak'): Promise<Session> => {
  const result = await graphqlRequest<{ login: { accessToken: string } }>(baseUrl, LOGIN, { email, password });
  if (!result.body.data?.login) {
    throw new Error(`sign-in as ${email} failed: ${JSON.stringify(result.body.errors)}`);
  }
  return { token: result.body.data.login.accessToken, cookie: result.setCookie.map((value) => value.split(';')[0]).join('; ') };
};

// Signs in the demo accounts named `<role>.<area>@demo.doorbraak.nl` for every role and area given; answers their
// access tokens by `<role>.<area>`.
export const signInDemoAccounts = async (baseUrl: string, roles: readonly string[], areas: readonly string[]): Promise<Map<string, string>> => {
  const tokens = new Map<string, string>();
  for (const area of areas) {
    for (const role of roles) {
      tokens.set(`${role}.${area}`, (await signIn(baseUrl, `${role}.${area}@demo.doorbraak.nl`)).token);
    }
  }
  return tokens;
};

// The rows of one page of a connection, in order.
export const nodesOf = <T>(connection: { readonly edges: readonly { readonly node: T }[] }): T[] => connection.edges.map((edge) => edge.node);
