import { DomainError } from '@doorbraak/server-core';

export type AuthErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS'
  | 'SESSION_EXPIRED'
  | 'REFRESH_TOKEN_REUSED'
  | 'WEAK_PASSWORD'
  | 'INVITATION_INVALID'
  | 'INVITATION_FOR_EXISTING_ACCOUNT'
  | 'SSO_NOT_CONFIGURED'
  | 'SSO_FAILED'
  | 'SSO_NO_ACCOUNT'
  | 'SSO_EMAIL_UNVERIFIED';

export class AuthError extends DomainError<AuthErrorCode> {
  constructor(
    code: AuthErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(code, message);
  }
}

// The same answer for an unknown email and a wrong password, so accounts cannot be discovered.
export const invalidCredentials = (): AuthError =>
  new AuthError('INVALID_CREDENTIALS', 'The email address or password is not correct.');

export const tooManyAttempts = (retryAfterSeconds: number): AuthError =>
  new AuthError(
    'TOO_MANY_ATTEMPTS',
    `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    retryAfterSeconds,
  );

export const sessionExpired = (): AuthError => new AuthError('SESSION_EXPIRED', 'Your session has ended. Sign in again.');

export const ssoNotConfigured = (): AuthError =>
  new AuthError('SSO_NOT_CONFIGURED', 'Single sign-on (OpenID Connect) is not configured on this server.');

// Protocol failures (state, nonce, PKCE, the provider): the cause goes to the log, not the browser.
export const ssoFailed = (): AuthError => new AuthError('SSO_FAILED', 'Single sign-on did not succeed. Try again.');

// A refusal of the person behind a verified sign-in, which the audit trail names by email.
export class SsoAccountError extends AuthError {
  constructor(
    code: 'SSO_NO_ACCOUNT' | 'SSO_EMAIL_UNVERIFIED',
    message: string,
    readonly email: string,
  ) {
    super(code, message);
  }
}
