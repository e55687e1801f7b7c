import { DomainError } from '../domain-error';

export type AccessErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

// The errors every feature shares: who may do what, and input that cannot be read.
export class AccessError extends DomainError<AccessErrorCode> {}

export const unauthenticated = (): AccessError => new AccessError('UNAUTHENTICATED', 'Sign in to continue.');

export const forbidden = (message = 'You may not do this.'): AccessError => new AccessError('FORBIDDEN', message);

// For objects the caller may not see: "not found", so ids do not reveal what exists.
export const notFound = (entity: string, id: string): AccessError =>
  new AccessError('NOT_FOUND', `There is no ${entity} with id "${id}".`);

export const badInput = (message: string): AccessError => new AccessError('BAD_USER_INPUT', message);
