export * from './error-catalogue';
export * from './domain-error';
export * from './input-guards';
export * from './company-guards';
export * from './domain-error-of';
