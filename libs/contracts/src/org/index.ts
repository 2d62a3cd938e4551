// The org service's contracts, its events and its roles: every file of this folder, re-exported (the catalogue checks fail on a file left out).
export * from './org-events';
export * from './org-roles';
export * from './bed-status-events';
