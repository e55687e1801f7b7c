import { vastloperFilterFrom, vastloperOrderFrom, withParams } from './url-filters';

describe('vastlopers filters in the URL', () => {
  it('reads every filter from the URL, open items by default', () => {
    expect(vastloperFilterFrom(new URLSearchParams(''))).toEqual({ statuses: ['OPEN', 'IN_BEHANDELING'] });
    expect(
      vastloperFilterFrom(new URLSearchParams('zoek=jeugd&status=GEPARKEERD&trede=ALLIANTIE&categorie=HUISVESTING&vastgelopen=ja&overtijd=ja')),
    ).toEqual({ search: 'jeugd', statuses: ['GEPARKEERD'], rung: 'ALLIANTIE', category: 'HUISVESTING', stalledOnly: true, overdueAtTop: true });
    expect(vastloperFilterFrom(new URLSearchParams('status=alle'))).toEqual({});
  });

  it('orders newest first unless the URL asks for the longest without progress', () => {
    expect(vastloperOrderFrom(new URLSearchParams(''))).toBe('NEWEST');
    expect(vastloperOrderFrom(new URLSearchParams('volgorde=langst-zonder-voortgang&vastgelopen=ja'))).toBe('LONGEST_WITHOUT_PROGRESS');
    expect(vastloperOrderFrom(new URLSearchParams('volgorde=iets-anders'))).toBe('NEWEST');
  });

  it('starts at the first page when a filter changes', () => {
    const next = withParams(new URLSearchParams('na=abc&zoek=x'), { zoek: 'y', trede: null });
    expect(next.toString()).toBe('zoek=y');
    expect(withParams(new URLSearchParams('zoek=x'), { na: 'c1' }, true).toString()).toBe('zoek=x&na=c1');
  });
});
