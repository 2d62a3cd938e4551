// Each service's contracts folder. The service generator (`npm run generate:service`) adds a line; nothing else lists them.
export * from './org';
export * from './maintenance';
export * from './materials';
export * from './notification';
export * from './his';
export * from './hygiene';
