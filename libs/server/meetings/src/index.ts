export * from './lib/meetings.module';
export * from './lib/meetings-jobs.module';
export * from './lib/meetings-core.module';
export * from './lib/jobs/meetings.job-data';
export { MEETINGS_SWEEP_SCHEDULER_ID } from './lib/jobs/meetings-scheduler.service';
export { MEETINGS_RESOLVERS } from './lib/meetings.module';
export * from './lib/agenda/escalation-agenda.service';
export { AgendaPlacementService, type NewAgendaItem } from './lib/agenda/agenda-placement.service';
export * from './lib/action-items/overdue-figures';
