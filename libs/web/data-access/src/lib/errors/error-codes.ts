import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

// Every `extensions.code` and `extensions.reason` the API sends, in one list, so the web never
// matches a misspelt code. Each one has a message in the common translations (errors.<CODE>).
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'INVALID_TRANSITION',
  'TOO_MANY_ATTEMPTS',
  'NOT_CONFIGURED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK_ERROR',
  'INVALID_CREDENTIALS',
  'SESSION_EXPIRED',
  'REFRESH_TOKEN_REUSED',
  'SSO_FAILED',
  'SSO_NO_ACCOUNT',
  'SSO_EMAIL_UNVERIFIED',
  'SSO_NOT_CONFIGURED',
  'WEAK_PASSWORD',
  'INVITATION_INVALID',
  'ALLIANCE_NOT_FOUND',
  'FOCUS_AREA_NOT_FOUND',
  'PERSON_NOT_FOUND',
  'INVALID_ID',
  'INVALID_INPUT',
  'TITLE_REQUIRED',
  'TITLE_TOO_LONG',
  'TEXT_REQUIRED',
  'PROGRESS_DATE_IN_FUTURE',
  'INVALID_DURATION',
  'INVALID_STALL_TIME',
  'DUPLICATE_RUNG',
  'INVALID_CURSOR',
  'INVALID_PAGE_SIZE',
  'NOT_A_DOORBRAAK',
  'DIFFERENT_ALLIANCE',
  'DOSSIER_NOT_FOUND',
  'VASTLOPER_ALREADY_IN_DOSSIER',
  'VASTLOPER_NOT_IN_DOSSIER',
  'SAME_DOSSIER',
  'INVALID_SPLIT',
  'INVALID_OUTCOME',
  'DOSSIER_CLOSED',
  'DOSSIER_NOT_PROPOSED',
  'PARK_DATE_IN_PAST',
  'REASON_REQUIRED',
  'INVALID_STATUS',
  'ALREADY_ACKNOWLEDGED',
  'NOT_AT_MINISTRY',
  'ALREADY_ANSWERED',
  'INVALID_ANSWER_TIME',
  'ALREADY_AT_TOP',
  'ALREADY_AT_BOTTOM',
  'LADDER_REFUSED',
  'ACTION_ITEM_CLOSED',
  'AGENDA_CLOSED',
  'ALREADY_CARRIED_OVER',
  'ALREADY_ON_AGENDA',
  'ESCALATED_ITEM_STAYS',
  'MEETING_NOT_STARTED',
  'MINUTES_READ_ONLY',
  'NO_NEXT_MEETING',
  'MAX_DEPTH',
  'MAX_COST',
  'MAX_ALIASES',
  'MAX_DIRECTIVES',
  'MAX_TOKENS',
  'PAYLOAD_TOO_LARGE',
  'PERSON_NOT_ELIGIBLE',
  'INVITATION_FOR_EXISTING_ACCOUNT',
  'INVALID_CHARACTERS',
  'CONTROL_CHARACTER',
  'TEXT_TOO_LONG',
  'TOO_MANY_WORDS',
  'INVALID_DATE_TIME',
  'INVALID_DATE',
  'DATE_OUT_OF_RANGE',
  'GRAPHQL_PARSE_FAILED',
  'UNSUPPORTED_MEDIA_TYPE',
  'BATCHING_DISABLED',
  'CSRF_PREFLIGHT_REQUIRED',
  'OPERATION_OVER_WEBSOCKET',
  'SUBSCRIPTION_OVER_HTTP',
  'UNKNOWN_OPERATION_TYPE',
  'PDF_UNAVAILABLE',
  'INVALID_WEEKS',
  'SAME_VASTLOPER',
  'NOT_SIMILAR',
  'NOT_A_DOORBRAAKOVERLEG',
  'CANDIDATE_REQUIRED',
  'NOT_A_CANDIDATE',
  'INVALID_VOTES',
  'VOTES_EXHAUSTED',
  'NO_VOTES_TO_WITHDRAW',
  'VOTING_CLOSED',
  'UNKNOWN',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

// The SSO refusals the API puts in `?ssoError=`.
export const SSO_ERROR_CODES = ['SSO_NO_ACCOUNT', 'SSO_EMAIL_UNVERIFIED', 'SSO_FAILED'] as const satisfies readonly ErrorCode[];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

export type UserError = {
  readonly code: ErrorCode;
  // The translation key in the common namespace.
  readonly messageKey: `errors.${ErrorCode}`;
  // The input field a BAD_USER_INPUT names, when it names one.
  readonly field: string | null;
};

const fromExtensions = (extensions: Record<string, unknown> | undefined): { code: ErrorCode; field: string | null } => {
  const reason = extensions?.['reason'];
  const code = extensions?.['code'];
  const field = typeof extensions?.['field'] === 'string' ? (extensions['field'] as string) : null;
  // The specific reason says more than the general code.
  if (isErrorCode(reason)) {
    return { code: reason, field };
  }
  return { code: isErrorCode(code) ? code : 'UNKNOWN', field };
};

const statusCode = (status: number): ErrorCode => {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'TOO_MANY_ATTEMPTS';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
};

const codeInBody = (bodyText: string): { code: ErrorCode; field: string | null } | null => {
  try {
    const body = JSON.parse(bodyText) as { errors?: { extensions?: Record<string, unknown> }[]; code?: unknown };
    if (body.errors?.[0]) {
      return fromExtensions(body.errors[0].extensions);
    }
    return isErrorCode(body.code) ? { code: body.code, field: null } : null;
  } catch {
    return null;
  }
};

/** What to tell the person about a failed operation: never the raw message, always a translated one. */
export const toUserError = (error: unknown): UserError => {
  let found: { code: ErrorCode; field: string | null } = { code: 'UNKNOWN', field: null };
  if (CombinedGraphQLErrors.is(error)) {
    found = fromExtensions(error.errors[0]?.extensions as Record<string, unknown> | undefined);
  } else if (ServerError.is(error)) {
    found = codeInBody(error.bodyText) ?? { code: statusCode(error.statusCode), field: null };
    if (error.statusCode === 503) {
      found = { code: 'SERVICE_UNAVAILABLE', field: null };
    }
  } else if (error instanceof TypeError) {
    found = { code: 'NETWORK_ERROR', field: null };
  } else if (error && typeof error === 'object' && 'code' in error && isErrorCode((error as { code: unknown }).code)) {
    found = { code: (error as { code: ErrorCode }).code, field: null };
  }
  return { ...found, messageKey: `errors.${found.code}` };
};
