import { compilePattern, conceptsIn, lawOfReference, lawsIn, normalise } from './concepts';

const ids = (text: string): string[] => conceptsIn(text).map((mention) => mention.entry.id);

describe('the domain thesaurus', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalise('Geïsoleerde   woningen, sloop/nieuwbouw!')).toBe(' geisoleerde woningen sloop nieuwbouw ');
  });

  it('matches stems at the start of a word, exact words, and compounds only where asked', () => {
    expect(compilePattern('corporatie').test(normalise('corporaties'))).toBe(true);
    expect(compilePattern('corporatie').test(normalise('woningcorporaties'))).toBe(false);
    expect(compilePattern('*corporatie').test(normalise('woningcorporaties'))).toBe(true);
    expect(compilePattern('rijk=').test(normalise('het Rijk betaalt'))).toBe(true);
    expect(compilePattern('rijk=').test(normalise('een rijke schooldag'))).toBe(false);
  });

  it('lets up to two words stand inside a phrase, whose words but the last stand as written', () => {
    expect(compilePattern('gat tussen kosten en opbrengst').test(normalise('het gat tussen de kosten en de opbrengsten'))).toBe(true);
    expect(compilePattern('aan werk').test(normalise('aanpassing zou het werk'))).toBe(false);
  });

  it('maps the words different areas use to one concept', () => {
    expect(ids('De verhuurder wijst toe')).toContain('woningcorporatie');
    expect(ids('Woningcorporaties bouwen')).toContain('woningcorporatie');
    expect(ids('De jeugdarts belt de school')).toContain('ggd');
    expect(ids('het gat tussen kosten en opbrengst')).toContain('onrendabele-top');
    expect(ids('Tieners worden geronseld')).toEqual(expect.arrayContaining(['jeugdcriminaliteit', 'jongeren']));
  });

  it('finds laws named in a text or a legal reference', () => {
    expect(lawsIn('Volgens de Participatiewet mag dat niet').map((mention) => mention.entry.id)).toContain('participatiewet');
    expect(lawOfReference('Participatiewet art. 31')).toEqual({ id: 'participatiewet', label: 'Participatiewet' });
    expect(lawOfReference('Wet op de ruimtelijke ordening artikel 3.1')).toEqual({ id: 'wet-op-de-ruimtelijke-ordening', label: 'Wet op de ruimtelijke ordening' });
  });
});
