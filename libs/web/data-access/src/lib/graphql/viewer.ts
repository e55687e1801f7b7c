import type { MeQuery as MeQueryData, Role } from '../generated/graphql';

export type Viewer = MeQueryData['me'];

// Presentation only (which start page, which menu); what a person may do comes from the API.
const PRIORITY: readonly Role[] = [
  'NATIONAL_COORDINATOR',
  'ADMIN',
  'PROGRAMME_DIRECTOR',
  'RIJKSVERTEGENWOORDIGER',
  'MAYOR',
  'BUREAU_MEMBER',
  'PARTNER_MEMBER',
];

export const primaryRole = (viewer: Viewer): Role | null =>
  PRIORITY.find((role) => viewer.memberships.some((membership) => membership.role === role)) ?? null;

export const alliancesOf = (viewer: Viewer): { id: string; name: string }[] => {
  const seen = new Map<string, string>();
  for (const membership of viewer.memberships) {
    if (membership.allianceId && !seen.has(membership.allianceId)) {
      seen.set(membership.allianceId, membership.allianceName ?? '');
    }
  }
  return [...seen].map(([id, name]) => ({ id, name }));
};
