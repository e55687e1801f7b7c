import type { AuthenticatedActor } from '@doorbraak/server-core';
import type { Caller } from '../meetings.service';

export const callerOf = (actor: AuthenticatedActor, requestId: string | null): Caller => ({ actor, requestId, now: new Date() });
