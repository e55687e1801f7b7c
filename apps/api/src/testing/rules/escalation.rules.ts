import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { createRedisConnection, JOBS, QUEUES } from '@doorbraak/server-core';
import { testRedisUrl } from '@doorbraak/server-testing';
import { defineRules, policy, type GraphqlCall } from '../operation-rules';

// Puts a job of its own in the escalation queue's failed set, as a worker would after the last
// attempt. Its item does not exist, so a worker that runs it again later completes it (NOT_FOUND).
const failedEscalationJob = async (): Promise<string> => {
  const connection = createRedisConnection(testRedisUrl());
  const queue = new Queue(QUEUES.escalation, { connection });
  const workerConnection = createRedisConnection(testRedisUrl());
  const worker = new Worker(QUEUES.escalation, undefined, { connection: workerConnection, autorun: false });
  const jobId = `matrix-${randomUUID()}`;
  try {
    await queue.add(
      JOBS.escalation.escalate,
      { itemType: 'VASTLOPER', itemId: randomUUID(), fromRung: 'PROGRAMMABUREAU', period: 0, purpose: 'escalate', dueAt: 0 },
      { jobId, attempts: 1, removeOnFail: false },
    );
    // The roles' calls run side by side: each fails whichever job comes next, until its own has failed.
    const token = randomUUID();
    while ((await queue.getJobState(jobId)) !== 'failed') {
      const next = await worker.getNextJob(token, { block: false });
      if (next) {
        await next.moveToFailed(new Error('Matrix: failed for good'), token);
      } else {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    return jobId;
  } finally {
    await worker.close();
    await queue.close();
    connection.disconnect();
    workerConnection.disconnect();
  }
};

const onFailedJob =
  (mutation: 'retryEscalationFailure' | 'discardEscalationFailure') =>
  async (): Promise<GraphqlCall> => ({
    query: `mutation ($id: ID!) { ${mutation}(id: $id) { jobId attemptsMade } }`,
    variables: { id: await failedEscalationJob() },
  });

// Failed escalation jobs are the administrators' business, at the national level only.
export const RULES = defineRules({
  feature: 'escalation',
  rules: [
    {
      name: 'retryEscalationFailure',
      operation: 'Mutation.retryEscalationFailure',
      access: policy('escalationFailures.manage'),
      targets: ['national'],
      denied: 'FORBIDDEN',
      call: onFailedJob('retryEscalationFailure'),
    },
    {
      name: 'discardEscalationFailure',
      operation: 'Mutation.discardEscalationFailure',
      access: policy('escalationFailures.manage'),
      targets: ['national'],
      denied: 'FORBIDDEN',
      call: onFailedJob('discardEscalationFailure'),
    },
  ],
});
