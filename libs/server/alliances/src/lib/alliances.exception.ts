import { DomainError } from '@doorbraak/server-core';

export type AlliancesErrorCode = 'FOCUS_AREA_NOT_FOUND';

export class AlliancesError extends DomainError<AlliancesErrorCode> {}

export const focusAreaNotFound = (slug: string): AlliancesError =>
  new AlliancesError('FOCUS_AREA_NOT_FOUND', `There is no focus area with slug "${slug}".`);
