export * from './roles';
export * from './errors';
export * from './pagination';
export * from './depth-limit';
export * from './query-limits';
export * from './batch-loader';
export * from './enum-values';
