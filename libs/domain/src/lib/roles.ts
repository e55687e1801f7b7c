export const ALLIANCE_ROLES = [
  'PROGRAMME_DIRECTOR',
  'BUREAU_MEMBER',
  'MAYOR',
  'PARTNER_MEMBER',
  'RIJKSVERTEGENWOORDIGER',
] as const;
export type AllianceRole = (typeof ALLIANCE_ROLES)[number];

// National roles are held without an alliance.
export const NATIONAL_ROLES = ['NATIONAL_COORDINATOR', 'ADMIN'] as const;
export type NationalRole = (typeof NATIONAL_ROLES)[number];

export const ROLES = [...ALLIANCE_ROLES, ...NATIONAL_ROLES] as const;
export type Role = (typeof ROLES)[number];

export const isNationalRole = (role: Role): role is NationalRole =>
  (NATIONAL_ROLES as readonly Role[]).includes(role);
