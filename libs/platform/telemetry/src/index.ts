export * from './start-telemetry';
export * from './json-logger';
export * from './trace-context';
