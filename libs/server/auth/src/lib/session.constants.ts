// OWASP ASVS level 2 (3.3): sessions end after 30 minutes idle and 12 hours in all.
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_MAX_HOURS = 12;
export const ACCESS_TOKEN_TTL_SECONDS = 10 * 60;
export const REFRESH_COOKIE = 'doorbraak_refresh';
export const REFRESH_COOKIE_PATH = '/graphql';
// Activity is recorded at most this often per session (see SessionService.touch).
export const ACTIVITY_GRAIN_SECONDS = 60;
