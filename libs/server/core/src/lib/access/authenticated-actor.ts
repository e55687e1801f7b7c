import type { Actor } from '@doorbraak/domain';

// The signed-in caller as the policy sees them, with the session the request belongs to.
export type AuthenticatedActor = Actor & { readonly sessionId: string };

// Who asks for a change, under which request, at which moment: what every write and its audit entry need.
export type Caller = { readonly actor: AuthenticatedActor; readonly requestId: string | null; readonly now: Date };
