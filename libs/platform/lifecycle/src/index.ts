export * from './lifecycle';
export * from './transition-runner';
export * from './change-recorder';
