export * from './ports';
export * from './postgres';
export * from './kafka';
export * from './topology';
export * from './service-process';
export * from './local-keys';
export * from './graphql-client';
export * from './demo-seed';
