import type { AllianceRole, NationalRole } from '../roles';
import type { EscalationRung } from '../ladder';

// Who holds a rung (DOMAIN §3): people with a role in the item's alliance, the alliance's appointed
// rijksvertegenwoordiger, or people with a national role. The server looks the people up.
export type RungHolder =
  | { readonly scope: 'ALLIANCE'; readonly roles: readonly AllianceRole[] }
  | { readonly scope: 'RIJKSVERTEGENWOORDIGER' }
  | { readonly scope: 'NATIONAL'; readonly roles: readonly NationalRole[] };

export const RUNG_HOLDERS: Readonly<Record<EscalationRung, RungHolder>> = {
  PROGRAMMABUREAU: { scope: 'ALLIANCE', roles: ['PROGRAMME_DIRECTOR', 'BUREAU_MEMBER'] },
  // The alliance, chaired by the mayor.
  ALLIANTIE: { scope: 'ALLIANCE', roles: ['MAYOR'] },
  RIJKSVERTEGENWOORDIGER: { scope: 'RIJKSVERTEGENWOORDIGER' },
  // The national programme team (BZK/VRO) and the doorbraakoverleg are run by the national coordinators.
  INTERDEPARTEMENTAAL: { scope: 'NATIONAL', roles: ['NATIONAL_COORDINATOR'] },
  DOORBRAAKOVERLEG: { scope: 'NATIONAL', roles: ['NATIONAL_COORDINATOR'] },
};

export const RUNG_LABELS: Readonly<Record<EscalationRung, string>> = {
  PROGRAMMABUREAU: 'het programmabureau',
  ALLIANTIE: 'de alliantietafel',
  RIJKSVERTEGENWOORDIGER: 'de rijksvertegenwoordiger',
  INTERDEPARTEMENTAAL: 'de interdepartementale werkgroep',
  DOORBRAAKOVERLEG: 'het doorbraakoverleg',
};

// Why a rung without holder is skipped, for the escalation event (DOMAIN §3 rule 7).
export const EMPTY_RUNG_REASONS: Readonly<Record<EscalationRung, string>> = {
  PROGRAMMABUREAU: 'het programmabureau heeft geen medewerkers',
  ALLIANTIE: 'de alliantie heeft geen voorzitter',
  RIJKSVERTEGENWOORDIGER: 'er is geen rijksvertegenwoordiger benoemd',
  INTERDEPARTEMENTAAL: 'er is geen nationaal coördinator',
  DOORBRAAKOVERLEG: 'er is geen nationaal coördinator',
};

// The people around one item: its owner, the alliance's programme directors, and each rung's holders.
export type ItemPeople = {
  readonly ownerId: string;
  readonly programmeDirectorIds: readonly string[];
  readonly holders: Readonly<Record<EscalationRung, readonly string[]>>;
};

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

// DOMAIN §3 rule 4: arriving at a rung tells its holders, the owner and the programme director.
export const arrivalRecipients = (rung: EscalationRung, people: ItemPeople): string[] =>
  unique([...people.holders[rung], people.ownerId, ...people.programmeDirectorIds]);

// Rule 6: the early warning goes to the holder and the owner.
export const earlyWarningRecipients = (rung: EscalationRung, people: ItemPeople): string[] =>
  unique([...people.holders[rung], people.ownerId]);
