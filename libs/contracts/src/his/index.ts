// The his service's contracts, its events and its roles: every file of this folder, re-exported (the catalogue checks fail on a file left out).
export * from './his-roles';
export * from './encounter-events';
