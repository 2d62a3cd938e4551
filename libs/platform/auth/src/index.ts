export * from './role';
export * from './identity';
export * from './keys';
export * from './identity-token';
export * from './user-token';
export * from './portal-token';
export * from './signed-id-code';
