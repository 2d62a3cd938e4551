export { graphql, graphqlData, eventually } from '@houqin/platform-local-infra';
export type { GraphQLRequest, GraphQLResponse } from '@houqin/platform-local-infra';
export * from './test-platform';
export * from './paths';
export * from './migration-drift';
export * from './org-fixture';
export * from './subgraph-caller';
export * from './publish-events';
export * from './test-s3';
