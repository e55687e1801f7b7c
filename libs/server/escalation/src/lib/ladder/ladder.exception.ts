import type { LadderErrorCode } from '@doorbraak/domain';
import { DomainError } from '@doorbraak/server-core';

// A command the ladder's rules refuse (an invalid transition, a park date in the past, …).
export class LadderError extends DomainError<LadderErrorCode> {}
