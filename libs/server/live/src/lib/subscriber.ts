import type { AuthenticatedActor, GraphqlContext } from '@doorbraak/server-core';

// The person a subscription belongs to, as the auth guard found them when it started.
export const subscriberOf = (context: GraphqlContext): AuthenticatedActor | null =>
  (context.req as { user?: AuthenticatedActor | null } | undefined)?.user ?? null;

// A subscription's context lives as long as the subscription: every event is read afresh, so the
// per-request DataLoaders must not answer from what an earlier event cached.
export const freshLoaders = (context: GraphqlContext): void => {
  context.loaders.clear();
};
