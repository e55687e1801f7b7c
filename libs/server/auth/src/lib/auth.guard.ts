import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import { httpOf, isConnectivityError, IS_PUBLIC, serviceUnavailable, unauthenticated } from '@doorbraak/server-core';

// Every operation needs a signed-in caller unless it is marked @Public().
@Injectable()
export class AuthGuard extends PassportAuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return httpOf(context).req;
  }

  override handleRequest<T>(error: unknown, actor: T | false, _info: unknown, context: ExecutionContext): T | null {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    // A session that cannot be checked is not a session that ended: the caller stays signed in and retries.
    if (isConnectivityError(error)) {
      throw serviceUnavailable(error);
    }
    if (error || !actor) {
      if (isPublic) {
        return null;
      }
      throw unauthenticated();
    }
    return actor;
  }
}
