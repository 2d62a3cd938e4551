export * from './roles';
export * from './errors';
export * from './pagination';
export * from './request-body';
export * from './query-limits';
export * from './batch-loader';
export * from './enum-values';
