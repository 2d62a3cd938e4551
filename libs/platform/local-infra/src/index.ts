export * from './ports';
export * from './postgres';
export * from './kafka';
export * from './topology';
export * from './service-process';
