import { AccessError, requireUuid } from './access.exception';

describe('ids', () => {
  it('passes a uuid and refuses anything else as bad input with the reason INVALID_ID, in every context alike', () => {
    const id = '11111111-1111-4111-8111-111111111111';
    expect(requireUuid(id)).toBe(id);
    expect(() => requireUuid("1' OR '1'='1")).toThrow(AccessError);
    try {
      requireUuid('rotterdam');
    } catch (error) {
      expect([(error as AccessError).code, (error as AccessError).reason]).toEqual(['BAD_USER_INPUT', 'INVALID_ID']);
    }
    expect.assertions(3);
  });
});
