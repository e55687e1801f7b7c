import { AUDIT_ENTITY_TYPES, currentEntityType, currentOperation, storedEntityTypes, storedOperations } from './audit-names';

describe('audit names', () => {
  it('reads rows written under the older names as the mutation and GraphQL type they stand for', () => {
    expect(currentOperation('vastloper.create')).toBe('createVastloper');
    expect(currentOperation('item.deEscalate')).toBe('deEscalate');
    expect(currentOperation('createMeeting')).toBe('createMeeting');
    expect(currentEntityType('action_item')).toBe('ActionItem');
    expect(currentEntityType('Vastloper')).toBe('Vastloper');
  });

  it('finds the rows of a name under every name it was stored as, by the new name or an old one', () => {
    expect(storedOperations('resolveVastloper')).toEqual(['resolveVastloper', 'vastloper.resolve']);
    expect(storedOperations('vastloper.resolve')).toEqual(['resolveVastloper', 'vastloper.resolve']);
    expect(storedOperations('login')).toEqual(['login']);
    expect(storedEntityTypes('AgendaItem')).toEqual(['AgendaItem', 'agenda_item']);
  });

  it('translates every old entity type to one of the current ones', () => {
    for (const old of ['action_item', 'agenda_item', 'calendar_token', 'decision', 'escalation_job', 'meeting', 'meeting_series', 'notification', 'notification_preference']) {
      expect(AUDIT_ENTITY_TYPES).toContain(currentEntityType(old));
    }
  });
});
