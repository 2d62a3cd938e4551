export * from './china-calendar';
