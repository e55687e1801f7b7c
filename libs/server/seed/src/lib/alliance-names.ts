// Reviewed by hand: `programmeName` in the data mixes the local name with editorial notes
// ("Arnhem Oost aanpak (from website URL; no alliance name in text; …)"). Where an area has no
// name of its own for its alliance, it is "Alliantie <area>". The raw text stays in programmeDescription.
const ALLIANCE_NAMES: Readonly<Record<string, string>> = {
  'amsterdam-nieuw-west': 'Alliantie Amsterdam Nieuw-West',
  'amsterdam-zuidoost': 'Alliantie van Zuidoost',
  'arnhem-oost': 'Alliantie Arnhem Oost',
  'breda-noord': 'Verbeter Breda',
  'delft-west': 'Alliantie Delft West',
  'den-haag-zuidwest': 'Brede Aanpak Den Haag Zuidwest',
  'dordrecht-west': 'Alliantie Dordrecht West',
  'eindhoven-woensel-zuid': 'Pact Woensel Zuid',
  'groningen-noord': 'Alliantie Groningen Noord',
  'heerlen-noord': 'Nationaal Programma Heerlen-Noord (NPHLN)',
  // "Een nieuwe generatie met meer toekomstperspectief" is the programme's motto, not the alliance's name.
  'leeuwarden-oost': 'Alliantie Leeuwarden Oost',
  'lelystad-oost': 'Samen Lelystad Oost',
  'nieuwegein-centrale-as': 'Alliantie Nieuwegein Centrale-As',
  'roosendaal-ring': 'Alliantie Roosendaal Ring',
  'rotterdam-zuid': 'Nationaal Programma Rotterdam Zuid (NPRZ)',
  'schiedam-nieuwland-en-oost': 'Alliantie Schiedam Nieuwland en Oost',
  'tilburg-noordwest': 'PACT Tilburg Noordwest',
  'utrecht-overvecht': 'Samen voor Overvecht',
  'vlaardingen-west': 'Alliantie Vlaardingen West',
  'zaandam-oost': 'Pact Zaandam Oost',
};

export const allianceNameFor = (area: { readonly slug: string; readonly name: string }): string =>
  ALLIANCE_NAMES[area.slug] ?? `Alliantie ${area.name}`;

export type Horizon = { readonly startYear: number; readonly endYear: number };

// Partners commit to 15–20 years; the years below are the ones the areas themselves name.
const DEFAULT_HORIZON: Horizon = { startYear: 2024, endYear: 2044 };
const HORIZONS: Readonly<Record<string, Horizon>> = {
  // Masterplan "ZO = Zuidoost" (2021–2040).
  'amsterdam-zuidoost': { startYear: 2021, endYear: 2040 },
  // Toekomstplan: a generation-long approach of 25 years.
  'heerlen-noord': { startYear: 2024, endYear: 2049 },
};

export const horizonFor = (slug: string): Horizon => HORIZONS[slug] ?? DEFAULT_HORIZON;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twaalf: 12,
};

// The alliance table meets about every six weeks (one stall period at the ALLIANTIE rung)
// unless the area's own description gives a number of weeks.
export const DEFAULT_CADENCE_WEEKS = 6;

export const cadenceWeeksFor = (cadence: string | null): number => {
  const match = cadence?.toLowerCase().match(/(?:every|elke|iedere)\s+(\d+|[a-z]+)\s+(?:weeks|weken)/);
  if (!match) {
    return DEFAULT_CADENCE_WEEKS;
  }
  const weeks = /^\d+$/.test(match[1]) ? Number(match[1]) : NUMBER_WORDS[match[1]];
  return weeks !== undefined && weeks >= 1 && weeks <= 52 ? weeks : DEFAULT_CADENCE_WEEKS;
};
