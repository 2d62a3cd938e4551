export * from './event-contract';
export * from './services';
export * from './event-catalogue';
export * from './role-set';
export * from './role-catalogue';
