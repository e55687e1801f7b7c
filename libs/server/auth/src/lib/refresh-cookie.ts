import type { Request, Response } from 'express';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH, SESSION_MAX_HOURS } from './session.constants';

// Behind a TLS-terminating proxy the request itself is plain HTTP.
export const isHttps = (request: Request): boolean => request.secure || request.headers['x-forwarded-proto'] === 'https';

// The refresh token lives only in this cookie: httpOnly, Secure over HTTPS, SameSite=Lax, sent to /graphql alone.
export const setRefreshCookie = (request: Request, response: Response, refreshToken: string): void => {
  response.cookie(REFRESH_COOKIE, refreshToken, {
    httpOnly: true,
    secure: isHttps(request),
    sameSite: 'lax',
    path: REFRESH_COOKIE_PATH,
    maxAge: SESSION_MAX_HOURS * 3600 * 1000,
  });
};

export const clearRefreshCookie = (response: Response): void => {
  response.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
};

export const refreshTokenOf = (request: Request): string | undefined =>
  (request.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
