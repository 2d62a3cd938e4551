export * from './ports';
export * from './postgres';
export * from './kafka';
