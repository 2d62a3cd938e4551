import { Identity } from '@houqin/platform-auth';
import { graphql, graphqlData, GraphQLResponse, SubgraphName } from '@houqin/platform-local-infra';
import type { TestPlatform } from './test-platform';

/* eslint-disable @typescript-eslint/no-explicit-any -- test responses are read field by field */
/**
 * Calls one subgraph directly, as the gateway would for `identity`. `platform` is a getter because suites
 * build their callers before `beforeAll` starts the platform.
 */
export function subgraphCaller(platform: () => TestPlatform, service: SubgraphName) {
  const send = async (identity: Identity, query: string, variables: Record<string, unknown>, locale?: string) => ({
    query,
    variables,
    identityToken: await platform().identityToken(identity),
    locale,
  });
  return {
    /** The whole response, errors included. */
    call: async (identity: Identity, query: string, variables: Record<string, unknown> = {}, locale?: string): Promise<GraphQLResponse<Record<string, any>>> =>
      graphql<Record<string, any>>(platform().serviceUrl(service), await send(identity, query, variables, locale)),
    /** The data, failing the test on any error. */
    data: async <T = Record<string, any>>(identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
      graphqlData<T>(platform().serviceUrl(service), await send(identity, query, variables)),
  };
}

/** Calls the gateway as `identity` would, with an IdP token: the path the console and hospital IT take. */
export function gatewayCaller(platform: () => TestPlatform) {
  const send = async (identity: Identity, query: string, variables: Record<string, unknown>, locale?: string) => ({
    query,
    variables,
    token: await platform().userToken(identity),
    locale,
  });
  return {
    call: async (identity: Identity, query: string, variables: Record<string, unknown> = {}, locale?: string): Promise<GraphQLResponse<Record<string, any>>> =>
      graphql<Record<string, any>>(platform().gatewayUrl, await send(identity, query, variables, locale)),
    data: async <T = Record<string, any>>(identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
      graphqlData<T>(platform().gatewayUrl, await send(identity, query, variables)),
  };
}

/** The `extensions.code` of a response's first error. */
export const errorCode = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;
