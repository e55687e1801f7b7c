export const PROGRAMME_GOALS = ['FYSIEKE_LEEFOMGEVING', 'PERSPECTIEF', 'VEILIGHEID'] as const;
export type ProgrammeGoal = (typeof PROGRAMME_GOALS)[number];

export const ACTIELIJNEN = ['SAMENHANGENDE_AANPAK', 'WONINGEN_EN_WIJKEN', 'MEEDOEN', 'VEILIGHEID'] as const;
export type Actielijn = (typeof ACTIELIJNEN)[number];

export const MINISTRIES = ['BZK', 'OCW', 'JenV', 'SZW', 'VWS'] as const;
export type Ministry = (typeof MINISTRIES)[number];

export const PARTNER_TYPES = [
  'GEMEENTE',
  'WONINGCORPORATIE',
  'ONDERWIJS',
  'ZORG',
  'WELZIJN',
  'POLITIE',
  'JUSTITIE',
  'JEUGDZORG',
  'BEDRIJFSLEVEN',
  'BEWONERS',
  'RIJK',
  'CULTUUR',
  'SPORT',
  'OVERIG',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
