export * from './event-contract';
export * from './org/org-events';
export * from './maintenance/work-order-events';
export * from './maintenance/asset-events';
export * from './maintenance/crew-events';
export * from './materials/stock-events';
export * from './event-catalogue';
