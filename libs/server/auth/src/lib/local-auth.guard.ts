import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import { invalidCredentials } from './auth.exception';
import { asOutage, httpOf } from '@doorbraak/server-core';

// Runs the passport-local strategy for the `login` mutation: its arguments become the form body.
@Injectable()
export class LocalAuthGuard extends PassportAuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const { req } = httpOf(context);
    const args = GqlExecutionContext.create(context).getArgs<{ email?: string; password?: string }>();
    req.body = { ...(req.body as object), email: args.email ?? '', password: args.password ?? '' };
    return req;
  }

  override handleRequest<T>(error: unknown, person: T | false): T {
    if (error) {
      throw asOutage(error);
    }
    if (!person) {
      throw invalidCredentials();
    }
    return person;
  }
}
