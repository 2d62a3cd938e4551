export * from './lifecycle';
export * from './transition-runner';
