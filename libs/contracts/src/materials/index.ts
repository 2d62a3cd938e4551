// The materials service's event contracts: every file of this folder, re-exported (the event catalogue check fails on a file left out).
export * from './cost-events';
export * from './expiry-events';
export * from './ledger-events';
export * from './purchasing-events';
export * from './requisition-events';
export * from './stock-events';
export * from './stocktake-events';
export * from './supplier-events';
