export * from './service-definition';
export * from './service-config';
export * from './platform.module';
export * from './bootstrap';
export * from './identity.middleware';
export * from './platform-lifecycle';
export * from './service-registrations';
