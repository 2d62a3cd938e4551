export * from './replica-tables';
export * from './replica-handlers';
export * from './org-directory-replica';
export * from './org-replica.module';
