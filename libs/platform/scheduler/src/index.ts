export * from './scheduled-job';
export * from './job-status';
export * from './job-scheduler';
