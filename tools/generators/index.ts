export * from './service/service.generator';
export * from './feature/feature.generator';
