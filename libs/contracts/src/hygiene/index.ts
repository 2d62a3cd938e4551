// The hygiene service's contracts, its events and its roles: every file of this folder, re-exported (the catalogue checks fail on a file left out).
export * from './hygiene-roles';
export * from './zone-events';
export * from './cleaning-task-events';
export * from './cleaner-events';
export * from './waste-collection-events';
export * from './waste-container-events';
export * from './waste-transfer-events';
export * from './inspection-events';
export * from './contractor-events';
export * from './linen-exchange-events';
export * from './pest-control-visit-events';
export * from './sewage-log-events';
