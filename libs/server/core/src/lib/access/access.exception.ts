import { DomainError, isUuid } from '../domain-error';

export type AccessErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

// The errors every feature shares: who may do what, and input that cannot be read.
export class AccessError extends DomainError<AccessErrorCode> {
  constructor(
    code: AccessErrorCode,
    message: string,
    // The exact rule, for clients that need more than the code.
    readonly reason: string | null = null,
  ) {
    super(code, message);
  }
}

export const unauthenticated = (): AccessError => new AccessError('UNAUTHENTICATED', 'Sign in to continue.');

export const forbidden = (message = 'You may not do this.'): AccessError => new AccessError('FORBIDDEN', message);

// For objects the caller may not see: "not found", so ids do not reveal what exists.
export const notFound = (entity: string, id: string): AccessError =>
  new AccessError('NOT_FOUND', `There is no ${entity} with id "${id}".`);

export const badInput = (message: string): AccessError => new AccessError('BAD_USER_INPUT', message);

export const invalidId = (id: string): AccessError => new AccessError('BAD_USER_INPUT', `"${id}" is not a valid id.`, 'INVALID_ID');

export const requireUuid = (id: string): string => {
  if (!isUuid(id)) {
    throw invalidId(id);
  }
  return id;
};
