import { registerEnumType } from '@nestjs/graphql';
import { ANSWER_FLAGS, enumObject, ESCALATION_CAUSES, ESCALATION_RUNGS } from '@doorbraak/domain';

export const EscalationRungEnum = enumObject(ESCALATION_RUNGS);
export const EscalationCauseEnum = enumObject(ESCALATION_CAUSES);
export const AnswerFlagEnum = enumObject(ANSWER_FLAGS);
export const ItemKindEnum = enumObject(['VASTLOPER', 'DOORBRAAK'] as const);
export const LadderKindEnum = enumObject(['VASTLOPER', 'DOORBRAAK', 'DOSSIER'] as const);

registerEnumType(EscalationRungEnum, { name: 'EscalationRung', description: 'A rung of the escalation ladder, bottom to top' });
registerEnumType(EscalationCauseEnum, { name: 'EscalationCause' });
registerEnumType(ItemKindEnum, { name: 'ItemKind', description: 'A vastloper or a doorbraak' });
registerEnumType(LadderKindEnum, { name: 'LadderKind', description: 'What climbs a ladder: a vastloper, a doorbraak or a national dossier' });
registerEnumType(AnswerFlagEnum, {
  name: 'AnswerFlag',
  description: 'Whether a ministry is late: NONE, ACK_OVERDUE (not acknowledged in time) or ANSWER_OVERDUE (acknowledged, not answered in time)',
});
