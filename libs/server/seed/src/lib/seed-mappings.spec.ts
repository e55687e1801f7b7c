import { cadenceWeeksFor, allianceNameFor } from './alliance-names';
import { partnerSpecsFor, partnerTypeFor } from './partner-mapping';
import { titleOf } from './dutch-labels';
import { vastloperCategoryFor } from './item-mappings';
import { emptySeedSummary, formatSeedSummary } from './seed-summary';

describe('seed mappings', () => {
  it('maps the data’s lower-case partner types and falls back to OVERIG', () => {
    expect(partnerTypeFor('woningcorporatie')).toBe('WONINGCORPORATIE');
    expect(partnerTypeFor('jeugdzorg')).toBe('JEUGDZORG');
    expect(partnerTypeFor('sportclub')).toBe('OVERIG');
  });

  it('cleans editorial notes from partner names and keeps names unique per alliance', () => {
    const specs = partnerSpecsFor([
      { name: 'Zorgverzekeraar CZ (represented in the Alliantie)', type: 'zorg' },
      { name: 'onderwijs (schools, vakschool)', type: 'onderwijs' },
      { name: 'Onderwijs', type: 'onderwijs' },
    ]);
    expect(specs.map((spec) => spec.name)).toEqual(['Zorgverzekeraar CZ', 'Onderwijs']);
  });

  it('maps kebab-case categories', () => {
    expect(vastloperCategoryFor('wet-en-regelgeving')).toBe('WET_EN_REGELGEVING');
    expect(vastloperCategoryFor('iets anders')).toBe('OVERIG');
  });

  it('names alliances as the areas do, and "Alliantie <area>" otherwise', () => {
    expect(allianceNameFor({ slug: 'tilburg-noordwest', name: 'Tilburg Noordwest' })).toBe('PACT Tilburg Noordwest');
    expect(allianceNameFor({ slug: 'nieuw-gebied', name: 'Nieuw Gebied' })).toBe('Alliantie Nieuw Gebied');
  });

  it('reads a number of weeks from the cadence text, else six', () => {
    expect(cadenceWeeksFor('about every six weeks (rijksvertegenwoordiger joins the alliance)')).toBe(6);
    expect(cadenceWeeksFor('every 4 weeks')).toBe(4);
    expect(cadenceWeeksFor('once a month')).toBe(6);
    expect(cadenceWeeksFor(null)).toBe(6);
  });

  it('cuts long titles to 200 characters without splitting a character', () => {
    const title = titleOf(`${'é'.repeat(250)}`);
    expect(Array.from(title)).toHaveLength(200);
    expect(title.endsWith('…')).toBe(true);
  });

  it('summarises a run, or says there was nothing to do', () => {
    expect(formatSeedSummary(emptySeedSummary())).toBe('seed: nothing to do');
    expect(formatSeedSummary({ ...emptySeedSummary(), focusAreas: 20, meetingSeries: 1 })).toBe(
      'seed: created 20 focus areas, 1 meeting series',
    );
  });
});
