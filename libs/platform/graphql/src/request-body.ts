/**
 * The largest request body a subgraph accepts: a 5 MB photo travels base64-encoded (about 6.7 MB) inside a GraphQL
 * mutation, which the gateway admits only on its upload route (`/graphql/upload`); anything larger is refused before it
 * is parsed.
 */
export const MAX_REQUEST_BODY = '8mb';
