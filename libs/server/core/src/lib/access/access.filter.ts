import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { AccessError, type AccessErrorCode } from './access.exception';

const httpStatus = (code: AccessErrorCode): number => {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'BAD_USER_INPUT':
      return 400;
  }
};

@Catch(AccessError)
export class AccessFilter implements GqlExceptionFilter {
  catch(error: AccessError, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() === 'graphql') {
      return new GraphQLError(error.message, { extensions: error.reason ? { code: error.code, reason: error.reason } : { code: error.code } });
    }
    const response = host.switchToHttp().getResponse<{ status: (code: number) => { json: (body: unknown) => void } }>();
    response.status(httpStatus(error.code)).json(error.reason ? { code: error.code, reason: error.reason, message: error.message } : { code: error.code, message: error.message });
  }
}
