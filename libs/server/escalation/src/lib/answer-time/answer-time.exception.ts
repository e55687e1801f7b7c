import type { AnswerTimeErrorCode } from '@doorbraak/domain';
import { DomainError } from '@doorbraak/server-core';

// A ministry's acknowledgement or answer that the item's state does not allow.
export class AnswerTimeError extends DomainError<AnswerTimeErrorCode> {}
