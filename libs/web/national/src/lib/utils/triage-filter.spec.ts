import { triageFilterFrom } from './triage-filter';

describe('the triage filter from the URL', () => {
  it('reads the period, alliance and category', () => {
    expect(triageFilterFrom(new URLSearchParams('weken=8&alliantie=a1&categorie=FINANCIERING'))).toEqual({
      weeks: 8,
      allianceId: 'a1',
      category: 'FINANCIERING',
    });
  });

  it('falls back to four weeks for a missing or unknown period', () => {
    expect(triageFilterFrom(new URLSearchParams(''))).toEqual({ weeks: 4 });
    expect(triageFilterFrom(new URLSearchParams('weken=3'))).toEqual({ weeks: 4 });
    expect(triageFilterFrom(new URLSearchParams('weken=twee'))).toEqual({ weeks: 4 });
  });
});
