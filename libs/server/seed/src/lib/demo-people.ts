import type { Ministry, PartnerType } from '@doorbraak/domain';
import type { FocusAreaData } from './focus-area-data';
import { createNameGenerator } from './names';
import type { PartnerSpec } from './partner-mapping';

export const DEMO_EMAIL_DOMAIN = 'demo.doorbraak.nl';

export type DemoPersonSpec = {
  readonly email: string;
  readonly name: string;
  readonly organisation: string;
  readonly jobTitle: string;
};

export type AllianceCastSpec = {
  readonly director: DemoPersonSpec;
  readonly mayor: DemoPersonSpec;
  readonly rijksvertegenwoordiger: DemoPersonSpec;
  readonly partnerMember: DemoPersonSpec;
  // The partner the partner member sits at the table for.
  readonly representedPartner: PartnerSpec;
};

export type DemoCastSpec = {
  readonly coordinator: DemoPersonSpec;
  readonly admin: DemoPersonSpec;
  readonly alliances: ReadonlyMap<string, AllianceCastSpec>;
  // Every account, in a fixed order.
  readonly everyone: readonly DemoPersonSpec[];
};

export const demoEmail = (localPart: string): string => `${localPart}@${DEMO_EMAIL_DOMAIN}`.toLowerCase();

// Organisations that name a real party come before umbrella terms like "gemeente" or "het Rijk".
const REPRESENTATIVE_PREFERENCE: readonly PartnerType[] = [
  'WONINGCORPORATIE',
  'ONDERWIJS',
  'WELZIJN',
  'ZORG',
  'POLITIE',
  'JEUGDZORG',
  'BEDRIJFSLEVEN',
  'CULTUUR',
  'SPORT',
  'BEWONERS',
  'JUSTITIE',
  'OVERIG',
  'GEMEENTE',
  'RIJK',
];

const JOB_TITLES: Readonly<Record<PartnerType, string>> = {
  GEMEENTE: 'wethouder',
  WONINGCORPORATIE: 'directeur-bestuurder',
  ONDERWIJS: 'bestuurder',
  ZORG: 'bestuurder',
  WELZIJN: 'directeur',
  POLITIE: 'teamchef',
  JUSTITIE: 'officier van justitie',
  JEUGDZORG: 'regiomanager',
  BEDRIJFSLEVEN: 'ondernemer',
  BEWONERS: 'bewonersvertegenwoordiger',
  RIJK: 'beleidsadviseur',
  CULTUUR: 'directeur',
  SPORT: 'voorzitter',
  OVERIG: 'vertegenwoordiger',
};

const lettersOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

// The demo partner member speaks for an organisation the booklet interviewed when there is one,
// otherwise for a named organisation, by type preference.
export const representedPartnerOf = (
  partners: readonly PartnerSpec[],
  interviewedOrganisations: readonly string[],
): PartnerSpec => {
  // Vacancies ("bewonersvertegenwoordiger (vacature)") have nobody to represent them.
  const candidates = partners.filter((partner) => !/vacature/i.test(partner.name));
  const interviewed = interviewedOrganisations.map(lettersOf).filter((letters) => letters.length > 0);
  const wasInterviewed = (partner: PartnerSpec): boolean => {
    const name = lettersOf(partner.name);
    return interviewed.some((organisation) => organisation.includes(name) || name.includes(organisation));
  };
  // The municipality, the Rijk and the programme bureau have their own demo accounts.
  const ownAccounts = (partner: PartnerSpec): boolean =>
    partner.type === 'GEMEENTE' || partner.type === 'RIJK' || partner.type === 'OVERIG';
  const rank = (partner: PartnerSpec): number =>
    (ownAccounts(partner) ? 10000 : 0) +
    (wasInterviewed(partner) ? 0 : 1000) +
    (partner.named ? 0 : 100) +
    REPRESENTATIVE_PREFERENCE.indexOf(partner.type);
  const [best] = [...candidates].sort((a, b) => rank(a) - rank(b));
  if (!best) {
    throw new Error('seed: an alliance needs at least one partner');
  }
  return best;
};

// Names come from one generator in a fixed order, so the demo population is the same on every run.
export const demoCastFor = (
  areas: readonly FocusAreaData[],
  ministryOf: (area: FocusAreaData) => Ministry,
  partnersOf: (area: FocusAreaData) => readonly PartnerSpec[],
): DemoCastSpec => {
  const nameFor = createNameGenerator();
  const coordinator: DemoPersonSpec = {
    email: demoEmail('coordinator'),
    name: nameFor('coordinator', 'national'),
    organisation: 'Ministerie van BZK, programmateam NPLV',
    jobTitle: 'nationaal coördinator NPLV',
  };
  const admin: DemoPersonSpec = {
    email: demoEmail('admin'),
    name: nameFor('admin', 'national'),
    organisation: 'Doorbraak',
    jobTitle: 'functioneel beheerder',
  };
  const alliances = new Map<string, AllianceCastSpec>();
  for (const area of areas) {
    const representedPartner = representedPartnerOf(
      partnersOf(area),
      area.interviewees.map((interviewee) => interviewee.organisation),
    );
    alliances.set(area.slug, {
      director: {
        email: demoEmail(`programmadirecteur.${area.slug}`),
        name: nameFor(`programmadirecteur.${area.slug}`, area.slug),
        organisation: `Programmabureau ${area.name}`,
        jobTitle: 'programmadirecteur',
      },
      mayor: {
        email: demoEmail(`burgemeester.${area.slug}`),
        name: nameFor(`burgemeester.${area.slug}`, area.slug),
        organisation: `Gemeente ${area.municipality}`,
        jobTitle: `burgemeester van ${area.municipality}`,
      },
      rijksvertegenwoordiger: {
        email: demoEmail(`rijksvertegenwoordiger.${area.slug}`),
        name: nameFor(`rijksvertegenwoordiger.${area.slug}`, area.slug),
        organisation: `Ministerie van ${ministryOf(area)}`,
        jobTitle: `rijksvertegenwoordiger ${area.name}`,
      },
      partnerMember: {
        email: demoEmail(`partner.${area.slug}`),
        name: nameFor(`partner.${area.slug}`, area.slug),
        organisation: representedPartner.name,
        jobTitle: JOB_TITLES[representedPartner.type],
      },
      representedPartner,
    });
  }
  const everyone = [
    coordinator,
    admin,
    ...[...alliances.values()].flatMap((cast) => [cast.director, cast.mayor, cast.rijksvertegenwoordiger, cast.partnerMember]),
  ];
  return { coordinator, admin, alliances, everyone };
};
