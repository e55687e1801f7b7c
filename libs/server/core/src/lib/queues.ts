import type { JobSchedulerTemplateOptions, JobsOptions } from 'bullmq';

// The one registry of queue and job names. Never rename a queue: jobs in Redis still carry the old name.
export const QUEUES = {
  escalation: 'escalation',
  meetings: 'meetings',
  notifications: 'notifications',
  similarity: 'similarity',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  escalation: {
    sweep: 'escalation-sweep',
    escalate: 'escalate-item',
    // Flags the items whose ministry did not acknowledge or answer in time (DOMAIN §5 AnswerClock).
    answerSweep: 'answer-time-sweep',
  },
  meetings: {
    // Hourly: plans the jobs below for upcoming meetings and puts decisions due for review on agendas.
    sweep: 'meetings-sweep',
    actionItemReminder: 'action-item-reminder',
    statusRequest: 'status-request',
    prepareBriefing: 'prepare-briefing',
  },
  notifications: {
    // Mails the notifications waiting for it, whichever feature wrote them.
    dispatch: 'notifications-dispatch',
    sendEmail: 'send-notification-email',
    dailyDigest: 'notifications-daily-digest',
  },
  similarity: {
    // Every second: queues a refresh for each vastloper marked as created or changed.
    dispatch: 'similarity-dispatch',
    refresh: 'similarity-refresh',
  },
} as const;

export type JobName = {
  [Q in keyof typeof JOBS]: (typeof JOBS)[Q][keyof (typeof JOBS)[Q]];
}[keyof typeof JOBS];

// Retried with exponential backoff; failed jobs stay in the failed set for inspection.
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: false,
};

// For the jobs a scheduler starts every so often: a few retries, and a short history (the next run comes anyway).
export const SCHEDULED_JOB_OPTIONS: JobSchedulerTemplateOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 1_000 },
};
