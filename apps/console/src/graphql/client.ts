import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import i18next from 'i18next';
import { session } from '../auth/session';
import operationIds from '../gql/operation-ids.json';

const IDS: Record<string, string> = operationIds;

/**
 * The console sends each operation by its id only (trusted documents, issue 6): the gateway runs the body it holds
 * in the manifest built with the console, so no other text reaches it under these users' tokens.
 */
const trustedDocument = new ApolloLink((operation, forward) => {
  const id = IDS[operation.operationName ?? ''];
  if (!id) throw new Error(`operation ${operation.operationName ?? '(anonymous)'} is not in operation-ids.json: run npm run console:codegen`);
  operation.extensions = { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: id.replace(/^sha256:/, '') } };
  operation.setContext(({ http }: { http?: object }) => ({ http: { ...http, includeQuery: false, includeExtensions: true } }));
  return forward(operation);
});

/** Every request carries the token and the language the user reads, so errors come back in it. */
const headers = new ApolloLink((operation, forward) => {
  const token = session.token();
  operation.setContext(({ headers: previous }: { headers?: Record<string, string> }) => ({
    headers: { ...previous, ...(token ? { authorization: `Bearer ${token}` } : {}), 'accept-language': i18next.language },
  }));
  return forward(operation);
});

/** A token the gateway no longer accepts (expired, revoked) sends the user back to sign in. */
export function createClient(onSignedOut: () => void): ApolloClient {
  const signedOut = new ErrorLink(({ error }) => {
    const unauthenticated =
      (ServerError.is(error) && error.statusCode === 401) ||
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
    if (unauthenticated) onSignedOut();
  });
  return new ApolloClient({
    link: ApolloLink.from([signedOut, headers, trustedDocument, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

/** The message to show for a failed operation: the gateway's, already in the user's language. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join('；');
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message: string }[] };
      if (body.errors?.length) return body.errors.map((e) => e.message).join('；');
    } catch {
      // not JSON: the status line below says enough
    }
    return `HTTP ${error.statusCode}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The error's code (FORBIDDEN, NOT_FOUND, …) when the gateway or a service gave one. */
export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.extensions?.code as string | undefined;
  return undefined;
}
