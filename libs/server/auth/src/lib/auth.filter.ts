import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { AuthError, type AuthErrorCode } from './auth.exception';

const graphqlCode = (code: AuthErrorCode): string => {
  switch (code) {
    case 'INVALID_CREDENTIALS':
    case 'SESSION_EXPIRED':
    case 'REFRESH_TOKEN_REUSED':
    case 'SSO_FAILED':
    case 'SSO_NO_ACCOUNT':
    case 'SSO_EMAIL_UNVERIFIED':
      return 'UNAUTHENTICATED';
    case 'TOO_MANY_ATTEMPTS':
      return 'TOO_MANY_ATTEMPTS';
    case 'WEAK_PASSWORD':
    case 'INVITATION_INVALID':
    case 'INVITATION_FOR_EXISTING_ACCOUNT':
      return 'BAD_USER_INPUT';
    case 'SSO_NOT_CONFIGURED':
      return 'NOT_CONFIGURED';
  }
};

const httpStatus = (code: AuthErrorCode): number => {
  switch (graphqlCode(code)) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'TOO_MANY_ATTEMPTS':
      return 429;
    case 'NOT_CONFIGURED':
      return 404;
    default:
      return 400;
  }
};

// Maps auth errors for GraphQL (extensions.code) and for the few plain HTTP routes.
@Catch(AuthError)
export class AuthFilter implements GqlExceptionFilter {
  catch(error: AuthError, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() === 'graphql') {
      return new GraphQLError(error.message, {
        extensions: {
          code: graphqlCode(error.code),
          reason: error.code,
          ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
        },
      });
    }
    const response = host.switchToHttp().getResponse<{ status: (code: number) => { json: (body: unknown) => void } }>();
    response.status(httpStatus(error.code)).json({ code: graphqlCode(error.code), reason: error.code, message: error.message });
  }
}
