import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { unauthenticated } from './access.exception';
import type { AuthenticatedActor, Caller } from './authenticated-actor';
import { httpOf } from './request-context';

const actorOf = (context: ExecutionContext): AuthenticatedActor | null =>
  (httpOf(context).req as unknown as { user?: AuthenticatedActor | null }).user ?? null;

const requiredActorOf = (context: ExecutionContext): AuthenticatedActor => {
  const actor = actorOf(context);
  if (!actor) {
    throw unauthenticated();
  }
  return actor;
};

// The signed-in caller; operations behind the auth guard always have one.
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedActor => requiredActorOf(context));

// The signed-in caller with the request id and the moment of the request: what a mutation hands its service.
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller => ({ actor: requiredActorOf(context), requestId: httpOf(context).requestId, now: new Date() }),
);

// For public operations and for fields below them: the caller when signed in, else null.
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedActor | null => actorOf(context),
);

// The request id of the GraphQL operation, for the audit trail.
export const RequestId = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => httpOf(context).requestId);
