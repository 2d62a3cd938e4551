// The maintenance service's event contracts: every file of this folder, re-exported (the event catalogue check fails on a file left out).
export * from './asset-events';
export * from './cost-events';
export * from './crew-events';
export * from './inspection-events';
export * from './intake-events';
export * from './maintenance-vocabulary';
export * from './preventive-events';
export * from './repair-label-events';
export * from './vendor-events';
export * from './work-order-events';
