import { TEXT_RULES } from '@doorbraak/domain';
import { DomainError } from '@doorbraak/server-core';

export type VastlopersErrorCode =
  | 'ALLIANCE_NOT_FOUND'
  | 'PERSON_NOT_FOUND'
  | 'TITLE_REQUIRED'
  | 'TITLE_TOO_LONG'
  | 'TEXT_REQUIRED'
  | 'PROGRESS_DATE_IN_FUTURE'
  | 'INVALID_STATUS'
  | 'INVALID_DURATION'
  | 'INVALID_STALL_TIME'
  | 'DUPLICATE_RUNG'
  | 'INVALID_ANSWER_TIME'
  | 'NOT_A_DOORBRAAK'
  | 'DIFFERENT_ALLIANCE';

export class VastlopersError extends DomainError<VastlopersErrorCode> {}

// Also checked for every request before any resolver (TEXT_RULES); kept here for every other caller.
export const TITLE_MAX_LENGTH = TEXT_RULES.title.maxLength;

export const allianceNotFound = (id: string): VastlopersError =>
  new VastlopersError('ALLIANCE_NOT_FOUND', `There is no alliance with id "${id}".`);

export const personNotFound = (id: string): VastlopersError =>
  new VastlopersError('PERSON_NOT_FOUND', `There is no active person with id "${id}".`);

export const titleRequired = (): VastlopersError => new VastlopersError('TITLE_REQUIRED', 'Enter a title.');

export const titleTooLong = (length: number): VastlopersError =>
  new VastlopersError('TITLE_TOO_LONG', `The title has ${length} characters; the maximum is ${TITLE_MAX_LENGTH}.`);

export const textRequired = (what: string): VastlopersError => new VastlopersError('TEXT_REQUIRED', `Enter ${what}.`);

export const progressDateInFuture = (): VastlopersError =>
  new VastlopersError('PROGRESS_DATE_IN_FUTURE', 'Progress cannot lie in the future.');

export const invalidStatus = (message: string): VastlopersError => new VastlopersError('INVALID_STATUS', message);

export const invalidDuration = (duration: string): VastlopersError =>
  new VastlopersError('INVALID_DURATION', `"${duration}" is not an ISO-8601 duration such as PT30S or P3D.`);

export const invalidStallTime = (message: string): VastlopersError => new VastlopersError('INVALID_STALL_TIME', message);

export const duplicateRung = (rung: string): VastlopersError =>
  new VastlopersError('DUPLICATE_RUNG', `The rung ${rung} appears more than once in the ladder.`);

export const differentAlliance = (): VastlopersError =>
  new VastlopersError('DIFFERENT_ALLIANCE', 'A doorbraak can only resolve a vastloper of its own alliance.');

export const invalidAnswerTime = (message: string): VastlopersError => new VastlopersError('INVALID_ANSWER_TIME', message);
