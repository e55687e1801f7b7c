import {
  VASTLOPER_CATEGORIES,
  type Actielijn,
  type DoorbraakKind,
  type Ministry,
  type Remedy,
  type VastloperCategory,
} from '@doorbraak/domain';
import type { DoorbraakData, KnelpuntData } from './focus-area-data';
import { ministryForText } from './rijksvertegenwoordiger-profile';

// The data spells categories in kebab case ("wet-en-regelgeving").
export const vastloperCategoryFor = (raw: string): VastloperCategory => {
  const candidate = raw.trim().toUpperCase().replace(/-/g, '_');
  return (VASTLOPER_CATEGORIES as readonly string[]).includes(candidate) ? (candidate as VastloperCategory) : 'OVERIG';
};

const textOf = (item: { titleNl: string; summaryNl: string }): string => `${item.titleNl} ${item.summaryNl}`.toLowerCase();

const SAFETY = /ondermijn|crimin|drugs|geweld|schiet|vuurwerkrellen|veiligheidsrisicogebied/;
const HOUSING = /woningen|woningvoorraad|huisvest|huurcontract|sloop|nieuwbouw|woonruimte/;
const GOVERNANCE = new RegExp(
  [
    'geldstro|ontschot|verantwoordingslast|programmabudget',
    'rijksgeld|rijksmiddelen|rijksplannen|rijksfinanciering',
    'programmabureau|programmadirecteur|alliantie|raadsperiode|gemeentelijke (routines|organisatie)',
  ].join('|'),
);

// Category first; money, capacity and execution problems belong to MEEDOEN unless the text says
// they are about safety, housing or the way the programme itself is organised.
export const actielijnForVastloper = (category: VastloperCategory, knelpunt: KnelpuntData): Actielijn => {
  switch (category) {
    case 'VEILIGHEID':
      return 'VEILIGHEID';
    case 'HUISVESTING':
      return 'WONINGEN_EN_WIJKEN';
    case 'WET_EN_REGELGEVING':
    case 'GEGEVENSDELING':
    case 'SAMENWERKING':
    case 'OVERIG':
      return 'SAMENHANGENDE_AANPAK';
    case 'FINANCIERING':
    case 'CAPACITEIT':
    case 'UITVOERING': {
      const text = textOf(knelpunt);
      // The police are named in many texts; only a title about them makes it a safety matter.
      if (SAFETY.test(text) || /politie/i.test(knelpunt.titleNl)) return 'VEILIGHEID';
      if (HOUSING.test(text)) return 'WONINGEN_EN_WIJKEN';
      if (GOVERNANCE.test(text)) return 'SAMENHANGENDE_AANPAK';
      return 'MEEDOEN';
    }
  }
};

// Only blockers that a ministry must move carry a remedy, a law and an owning ministry.
export const needsMinistry = (category: VastloperCategory): boolean =>
  category === 'WET_EN_REGELGEVING' || category === 'FINANCIERING' || category === 'GEGEVENSDELING';

export const remedyFor = (category: VastloperCategory, knelpunt: KnelpuntData): Remedy | null => {
  const text = textOf(knelpunt);
  switch (category) {
    case 'FINANCIERING':
      return 'FINANCIERING';
    case 'GEGEVENSDELING':
      return /verbiedt|verbod/.test(text) ? 'WETSWIJZIGING' : 'INTERPRETATIE';
    case 'WET_EN_REGELGEVING':
      if (/onduidelijk|uitleg/.test(text)) return 'INTERPRETATIE';
      if (/experiment|pilot|proef/.test(text)) return 'EXPERIMENTEERBEPALING';
      if (/niet in het beleid|uitzondering|ontheffing|doelgroep/.test(text)) return 'MAATWERK';
      return 'WETSWIJZIGING';
    default:
      return null;
  }
};

export type LegalBasis = {
  readonly reference: string;
  // The ministry answerable for that rule; null for a municipal rule, which no ministry owns.
  readonly ministry: Ministry | null;
};

// Law names only: no article numbers we cannot vouch for.
const LEGAL_BASES: readonly (readonly [RegExp, (municipality: string) => LegalBasis])[] = [
  [/toeslag/, () => ({ reference: 'Algemene wet inkomensafhankelijke regelingen (Awir)', ministry: 'SZW' })],
  [/uitkering|bijstand/, () => ({ reference: 'Participatiewet', ministry: 'SZW' })],
  [/kinderopvang/, () => ({ reference: 'Wet kinderopvang', ministry: 'SZW' })],
  [/toewijz/, () => ({ reference: 'Huisvestingswet 2014', ministry: 'BZK' })],
  [/tijdelijke huur/, () => ({ reference: 'Burgerlijk Wetboek Boek 7 (huurrecht)', ministry: 'BZK' })],
  [/middeninkomen/, () => ({ reference: 'Woningwet', ministry: 'BZK' })],
  [
    /privacy|persoonsgegevens|gegevens/,
    () => ({ reference: 'Algemene verordening gegevensbescherming (AVG)', ministry: 'JenV' }),
  ],
  [/grofvuil|afval/, (municipality) => ({ reference: `Afvalstoffenverordening ${municipality}`, ministry: null })],
];

export const legalBasisFor = (category: VastloperCategory, knelpunt: KnelpuntData, municipality: string): LegalBasis | null => {
  if (category !== 'WET_EN_REGELGEVING' && category !== 'GEGEVENSDELING') {
    return null;
  }
  const text = textOf(knelpunt);
  const match = LEGAL_BASES.find(([pattern]) => pattern.test(text));
  return match ? match[1](municipality) : null;
};

// The ministry that owns the rule when the rule is known; otherwise the one whose subject it is
// (housing money is BZK's), falling back to the alliance's own ministry, whose rijksvertegenwoordiger
// carries the item toward The Hague.
export const owningMinistryFor = (
  category: VastloperCategory,
  knelpunt: KnelpuntData,
  basis: LegalBasis | null,
  allianceMinistry: Ministry,
): Ministry | null => {
  if (!needsMinistry(category)) {
    return null;
  }
  return basis ? basis.ministry : ministryForText(`${knelpunt.titleNl} ${knelpunt.summaryNl}`, allianceMinistry);
};

// Knelpunten about organised crime are shown only to the roles DOMAIN §4 allows.
const ORGANISED_CRIME = new RegExp(
  [
    'ondermijn|georganiseerde (misdaad|criminaliteit)|criminele famil|witwas|uitbuiting|bibob',
    'drugscrimin|(opslag|productie) van drugs|ruimtes voor drugs',
  ].join('|'),
);

export const isConfidential = (knelpunt: KnelpuntData): boolean => ORGANISED_CRIME.test(textOf(knelpunt));

// Where the booklet places a knelpunt beyond the area: these climb toward The Hague in the demo.
export const concernsTheRijk = (category: VastloperCategory, knelpunt: KnelpuntData): boolean =>
  category === 'WET_EN_REGELGEVING' ||
  category === 'GEGEVENSDELING' ||
  /\brijk\b|national|ministr|hague|kabinet|doorbraakoverleg|systemic/i.test(knelpunt.levelWhereResolvedOrRaised);

export const doorbraakKindFor = (kind: DoorbraakData['kind']): DoorbraakKind =>
  kind === 'doorbraakinitiatief' ? 'INITIATIEF' : 'DOORBRAAK';

// Initiatives the booklet describes as a plan, proposal or intention have not started yet.
export const isProposal = (doorbraak: DoorbraakData): boolean =>
  /^voorstel\b/i.test(doorbraak.titleNl) ||
  /^(plan|plea|advice|intention)\b|\bplans? (to|with)\b|\bproposed\b|\bintends\b/i.test(doorbraak.summary);

export const actielijnForDoorbraak = (doorbraak: DoorbraakData): Actielijn | null => {
  const text = textOf(doorbraak);
  if (/ondermijn|crimin|drugs|veilig|wijkagent|boa|politie|bibob|overlast/.test(text)) return 'VEILIGHEID';
  if (/woning|huisvest|wonen|huur|renovatie|sloop|nieuwbouw|bouwen|verduurzam/.test(text)) return 'WONINGEN_EN_WIJKEN';
  if (/school|onderwijs|leerling|stage|werk|baan|armoede|schuld|uitkering|bijstand|zorg|gezond|taal|jongeren|kinderen|ouders/.test(text)) {
    return 'MEEDOEN';
  }
  if (/alliantie|partnerraad|programmabureau|rijk|minister|bewoners|samenwerk|integra|doorbraakteam/.test(text)) {
    return 'SAMENHANGENDE_AANPAK';
  }
  return null;
};
