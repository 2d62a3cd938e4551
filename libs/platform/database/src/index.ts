export * from './snake-naming.strategy';
export * from './uuid';
export * from './statement-counter';
export * from './data-source';
export * from './campus-scope.query';
export * from './row-writes';
export * from './like-pattern';
