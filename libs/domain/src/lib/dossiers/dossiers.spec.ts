import { can, type Action, type Actor } from '../policy';
import { CLOSING_OUTCOMES, isOpenDossier } from './dossiers';

const DOSSIER_ACTIONS: readonly Action[] = ['dossier.manage', 'dossier.propose', 'dossier.addNote'];

const actor = (role: Actor['memberships'][number]['role'], allianceId: string | null): Actor => ({ personId: 'p', memberships: [{ allianceId, role }] });

describe('national dossiers', () => {
  it('counts proposed and open dossiers as open, closed ones not', () => {
    expect([isOpenDossier('PROPOSED'), isOpenDossier('OPEN'), isOpenDossier('CLOSED')]).toEqual([true, true, false]);
  });

  it('closes by hand with any outcome but MERGED_INTO, which only a merge gives', () => {
    expect(CLOSING_OUTCOMES).toEqual(['RESOLVED', 'PARTLY_RESOLVED', 'NOT_RESOLVED', 'WITHDRAWN']);
  });

  it('lets the national coordinator manage dossiers, and a rijksvertegenwoordiger propose and note on their own alliance only', () => {
    const coordinator = actor('NATIONAL_COORDINATOR', null);
    const rijks = actor('RIJKSVERTEGENWOORDIGER', 'a');
    expect(DOSSIER_ACTIONS.map((action) => can(coordinator, action, { allianceId: null }))).toEqual([true, true, true]);
    expect(can(rijks, 'dossier.manage', { allianceId: 'a' })).toBe(false);
    expect([can(rijks, 'dossier.propose', { allianceId: 'a' }), can(rijks, 'dossier.addNote', { allianceId: 'a' })]).toEqual([true, true]);
    expect([can(rijks, 'dossier.propose', { allianceId: 'b' }), can(rijks, 'dossier.propose', { allianceId: null })]).toEqual([false, false]);
    for (const role of ['PROGRAMME_DIRECTOR', 'BUREAU_MEMBER', 'MAYOR', 'PARTNER_MEMBER'] as const) {
      expect(DOSSIER_ACTIONS.some((action) => can(actor(role, 'a'), action, { allianceId: 'a' }))).toBe(false);
    }
    expect(can(actor('ADMIN', null), 'dossier.manage', { allianceId: null })).toBe(false);
  });
});
