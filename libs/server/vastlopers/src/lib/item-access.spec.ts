import { cleanTitle, doorbraakVisibility, vastloperVisibility } from './item-access';
import { VastlopersError } from './vastlopers.exception';

const A = '11111111-1111-4111-8111-111111111111';
const actor = (role: 'PARTNER_MEMBER' | 'PROGRAMME_DIRECTOR' | 'NATIONAL_COORDINATOR') => ({
  personId: 'p',
  memberships: [{ allianceId: role === 'NATIONAL_COORDINATOR' ? null : A, role }],
});

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
  } catch (error) {
    return error instanceof VastlopersError ? error.code : 'OTHER';
  }
  return undefined;
};

describe('reading items', () => {
  it('filters lists in SQL by the alliances and the confidentiality the policy allows', () => {
    expect(vastloperVisibility(actor('PARTNER_MEMBER'), 'v')).toEqual({
      where: 'v.alliance_id = ANY(:readableAlliances) AND (v.confidential = false OR v.alliance_id = ANY(:confidentialAlliances))',
      params: { readableAlliances: [A], confidentialAlliances: [] },
    });
    expect(vastloperVisibility(actor('PROGRAMME_DIRECTOR'), 'v').params).toEqual({ readableAlliances: [A], confidentialAlliances: [A] });
    expect(vastloperVisibility(actor('NATIONAL_COORDINATOR'), 'v')).toEqual({ where: 'TRUE', params: {} });
    expect(doorbraakVisibility(actor('NATIONAL_COORDINATOR'), 'd')).toEqual({ where: 'TRUE', params: {} });
    expect(doorbraakVisibility(actor('PARTNER_MEMBER'), 'd').where).toContain('doorbraak_alliance');
  });
});

describe('checking input', () => {
  it('takes titles of 1 to 200 characters after trimming, counting an accented letter once', () => {
    expect(cleanTitle('  Wachtlijst jeugdzorg  ')).toBe('Wachtlijst jeugdzorg');
    expect(cleanTitle('é'.repeat(200))).toHaveLength(200);
    expect(codeOf(() => cleanTitle('   '))).toBe('TITLE_REQUIRED');
    expect(codeOf(() => cleanTitle('x'.repeat(201)))).toBe('TITLE_TOO_LONG');
  });
});
