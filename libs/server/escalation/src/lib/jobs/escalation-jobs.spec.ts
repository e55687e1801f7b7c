import { JOBS } from '@doorbraak/server-core';
import { escalationJobId } from './escalation.job-data';
import { checkHandlers, HandlerRegistryError } from './escalation.processor';

describe('escalation jobs', () => {
  const due = 1_795_000_000_000;
  const data = {
    itemType: 'VASTLOPER' as const,
    itemId: '6f1c1a52-8a7e-4b7e-9d55-0d7f6f3c2a11',
    fromRung: 'ALLIANTIE' as const,
    period: 3,
    purpose: 'escalate' as const,
    dueAt: due,
  };

  it('names a job after the item, its rung, its stall period and when it fell due, without the ":" BullMQ refuses', () => {
    expect(escalationJobId(data)).toBe(`escalate-v-6f1c1a52-8a7e-4b7e-9d55-0d7f6f3c2a11-ALLIANTIE-3-${due}`);
    expect(escalationJobId({ ...data, purpose: 'warn', itemType: 'DOORBRAAK' })).toBe(`warn-d-6f1c1a52-8a7e-4b7e-9d55-0d7f6f3c2a11-ALLIANTIE-3-${due}`);
    expect(escalationJobId(data)).toBe(escalationJobId({ ...data }));
    expect(escalationJobId({ ...data, period: 4 })).not.toBe(escalationJobId(data));
    expect(escalationJobId({ ...data, dueAt: due + 1 })).not.toBe(escalationJobId(data));
    expect(escalationJobId({ ...data, purpose: 'unpark' })).not.toContain(':');
  });

  it('starts only when every job name has exactly one handler', () => {
    const names = Object.values(JOBS.escalation);
    expect(() => checkHandlers(names, names)).not.toThrow();
    expect(() => checkHandlers(names, [names[0]])).toThrow(new HandlerRegistryError(`escalation jobs: no handler for ${names.slice(1).join(', ')}`));
    expect(() => checkHandlers(names, [...names, names[0]])).toThrow(`two handlers for ${names[0]}`);
  });
});
