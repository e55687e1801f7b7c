import { DomainError } from '@doorbraak/server-core';

export type SimilarityErrorCode = 'INVALID_WEEKS' | 'SAME_VASTLOPER' | 'NOT_SIMILAR';

export class SimilarityError extends DomainError<SimilarityErrorCode> {}

export const invalidWeeks = (min: number, max: number): SimilarityError =>
  new SimilarityError('INVALID_WEEKS', `weeks must be a whole number from ${min} to ${max}.`);

export const sameVastloper = (): SimilarityError => new SimilarityError('SAME_VASTLOPER', 'A vastloper is not a match of itself.');

export const notSimilar = (): SimilarityError => new SimilarityError('NOT_SIMILAR', 'These two vastlopers are not a match.');
