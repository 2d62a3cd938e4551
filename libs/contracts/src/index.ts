export * from './event-contract';
export * from './services';
export * from './event-catalogue';
