import { dossierFilterFrom } from './dossier-filter';

describe('the dossier list filter from the URL', () => {
  it('filters on a known status', () => {
    expect(dossierFilterFrom(new URLSearchParams('status=PROPOSED'))).toEqual({ statuses: ['PROPOSED'] });
  });

  it('shows every dossier without a status or with an unknown one', () => {
    expect(dossierFilterFrom(new URLSearchParams(''))).toEqual({});
    expect(dossierFilterFrom(new URLSearchParams('status=GEWIST'))).toEqual({});
  });
});
