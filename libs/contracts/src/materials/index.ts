// The materials service's contracts, its events and its roles: every file of this folder, re-exported (the catalogue checks fail on a file left out).
export * from './cost-events';
export * from './expiry-events';
export * from './ledger-events';
export * from './materials-roles';
export * from './purchasing-events';
export * from './requisition-events';
export * from './stock-events';
export * from './stocktake-events';
export * from './supplier-events';
