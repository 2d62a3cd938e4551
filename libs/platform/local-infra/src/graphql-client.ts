export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[] | undefined;
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** User bearer token (gateway). */
  token?: string;
  /** Gateway-signed identity token (direct subgraph calls). */
  identityToken?: string;
  locale?: string;
}

/** A plain HTTP GraphQL call, as a client of the platform makes it. */
export async function graphql<T = Record<string, unknown>>(url: string, request: GraphQLRequest): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.identityToken) headers['x-houqin-identity'] = request.identityToken;
  if (request.locale) headers['accept-language'] = request.locale;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }) });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse<T>['errors'] };
  return { status: response.status, data: body.data ?? null, errors: body.errors };
}

/** Returns data, failing the test with the errors when there are any. */
export async function graphqlData<T = Record<string, unknown>>(url: string, request: GraphQLRequest): Promise<T> {
  const result = await graphql<T>(url, request);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Polls until `check` returns a value other than undefined, or fails after the timeout. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 60_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
