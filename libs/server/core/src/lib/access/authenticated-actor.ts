import type { Actor } from '@doorbraak/domain';

// The signed-in caller as the policy sees them, with the session the request belongs to.
export type AuthenticatedActor = Actor & { readonly sessionId: string };
