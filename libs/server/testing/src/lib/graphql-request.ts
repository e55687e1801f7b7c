export type GraphqlError = { message: string; extensions?: { code?: string; [key: string]: unknown } };

export type GraphqlResponse<T> = { data?: T | null; errors?: GraphqlError[] };

// Talks to a running API over HTTP, exactly as a client would.
export const graphqlRequest = async <T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: GraphqlResponse<T> }> => {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphqlResponse<T> };
};

// For tests that expect success: fails loudly with the server's errors.
export const graphqlData = async <T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> => {
  const { body } = await graphqlRequest<T>(baseUrl, query, variables);
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
};
