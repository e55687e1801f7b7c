export * from './lib/escalation-jobs.module';
export * from './lib/jobs/escalation.processor';
export type * from './lib/jobs/escalation.job-data';
