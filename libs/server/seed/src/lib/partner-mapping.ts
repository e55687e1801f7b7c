import { PARTNER_TYPES, type PartnerType } from '@doorbraak/domain';

// Reviewed by hand: the booklet summary annotates some partners in English or with research notes
// ("Zorgverzekeraar CZ (represented in the Alliantie)"). Only those are renamed; Dutch
// clarifications such as "politie (wijkagenten)" stay as they are.
const PARTNER_NAMES: Readonly<Record<string, string>> = {
  'gemeente Amsterdam (incl. coördinerend wethouder)': 'Gemeente Amsterdam',
  'stadsdeel Nieuw-West (voorzitter stadsdeel)': 'Stadsdeel Nieuw-West',
  'Ministerie van SZW (rijksvertegenwoordiger)': 'Ministerie van SZW',
  'onderwijsinstellingen (incl. 19 basisscholen visited)': 'Onderwijsinstellingen',
  'stadsdeel Zuidoost (stadsdeelbestuurders)': 'Stadsdeel Zuidoost',
  'Johan Cruijff Arena, Ziggo Dome, AFAS Live (large venues)': 'Johan Cruijff Arena, Ziggo Dome en AFAS Live',
  "Young Masters (children's panel)": 'Young Masters (kinderpanel)',
  'lokaal bedrijfsleven (~500 client companies: supermarkets, construction, garages, care, logistics)':
    'Lokaal bedrijfsleven',
  'Initiatiefgroep Verbeter Breda (seven residents)': 'Initiatiefgroep Verbeter Breda',
  '90 lokale partners (150 professionals interviewed)': '90 lokale partners',
  'Rode Feniks (stichting of Buitenhof residents)': 'Stichting Rode Feniks',
  'gemeente Den Haag (college van B&W, burgemeester, wethouder)': 'Gemeente Den Haag',
  'bewonersvertegenwoordiger (still being sought)': 'Bewonersvertegenwoordiger (vacature)',
  'gemeente Eindhoven (burgemeester, wethouder, two stadsgezanten)': 'Gemeente Eindhoven',
  'onderwijs (schools, schooldirecteuren)': 'Onderwijs',
  'Centrum voor de Kunsten (Eindhoven)': 'Centrum voor de Kunsten Eindhoven',
  'speciaal onderwijs (internships for pupils)': 'Speciaal onderwijs',
  'bureau voor psychische hulpverlening (tenant in the wijkbedrijf building)': 'Bureau voor psychische hulpverlening',
  'gemeente Groningen (gebiedsmanager; benefits contact person)': 'Gemeente Groningen',
  'grote zorginstelling in de stad (employer)': 'Grote zorginstelling in de stad',
  'gemeente Heerlen (incl. gemeenteraad)': 'Gemeente Heerlen',
  'onderwijs (schools, vakschool)': 'Onderwijs',
  'Zorgverzekeraar CZ (represented in the Alliantie)': 'Zorgverzekeraar CZ',
  'Kasteel Hoensbroek (event venue)': 'Kasteel Hoensbroek',
  "IKC's (Integraal Kind Centrum) and their directies": "IKC's (Integrale Kindcentra) en hun directies",
  'De Rijke Schooldag / School & Omgeving (Rijk subsidy programme)': 'De Rijke Schooldag / School en Omgeving (Rijk)',
  'gemeente Lelystad (pays programme bureau; gemeentelijk werkbedrijf; loketmedewerkers)': 'Gemeente Lelystad',
  'Centrada (only housing corporation in Lelystad)': 'Centrada',
  'programmabureau Heerlen (peer visit)': 'Programmabureau Heerlen-Noord (collegiale uitwisseling)',
  "bewoners (incl. resident artists' collective)": 'Bewoners (incl. kunstenaarscollectief)',
  'gemeente Roosendaal (College van B&W, medewerkers, kwartiermakers)': 'Gemeente Roosendaal',
  'bewonersvertegenwoordiging (still being sought)': 'Bewonersvertegenwoordiging (vacature)',
  'Rijksvertegenwoordiger at the alliance table': 'Rijksvertegenwoordiger',
  'Gemeente Rotterdam (incl. gemeenteraad)': 'Gemeente Rotterdam',
  'het Rijk (vertegenwoordigd in het pact)': 'Het Rijk',
};

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('nl-NL') + text.slice(1);

export const partnerNameFor = (raw: string): string => capitalise((PARTNER_NAMES[raw] ?? raw).trim());

// The data spells types in lower case ("woningcorporatie"); anything unknown is OVERIG.
export const partnerTypeFor = (raw: string): PartnerType => {
  const candidate = raw.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return (PARTNER_TYPES as readonly string[]).includes(candidate) ? (candidate as PartnerType) : 'OVERIG';
};

export type PartnerSpec = {
  readonly name: string;
  readonly type: PartnerType;
  // A named organisation ("Tiwos") rather than a kind of partner ("woningcorporaties").
  readonly named: boolean;
};

// A partner name is unique per alliance (and the index on it is case-sensitive, people are not).
export const partnerSpecsFor = (partners: readonly { name: string; type: string }[]): PartnerSpec[] => {
  const seen = new Set<string>();
  const specs: PartnerSpec[] = [];
  for (const partner of partners) {
    const name = partnerNameFor(partner.name);
    const key = name.toLocaleLowerCase('nl-NL');
    if (!seen.has(key)) {
      seen.add(key);
      specs.push({ name, type: partnerTypeFor(partner.type), named: /^\p{Lu}/u.test(partner.name.trim()) });
    }
  }
  return specs;
};
