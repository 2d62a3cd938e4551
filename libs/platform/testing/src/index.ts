export * from './graphql-client';
export * from './test-platform';
export * from './paths';
