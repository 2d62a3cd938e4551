// The maintenance service's contracts, its events and its roles: every file of this folder, re-exported (the catalogue checks fail on a file left out).
export * from './asset-events';
export * from './cost-events';
export * from './crew-events';
export * from './inspection-events';
export * from './intake-events';
export * from './maintenance-roles';
export * from './maintenance-vocabulary';
export * from './preventive-events';
export * from './repair-label-events';
export * from './vendor-events';
export * from './work-order-events';
