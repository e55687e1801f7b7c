import { registerEnumType } from '@nestjs/graphql';
import { enumObject, ESCALATION_CAUSES, ESCALATION_RUNGS } from '@doorbraak/domain';

export const EscalationRungEnum = enumObject(ESCALATION_RUNGS);
export const EscalationCauseEnum = enumObject(ESCALATION_CAUSES);
export const ItemKindEnum = enumObject(['VASTLOPER', 'DOORBRAAK'] as const);

registerEnumType(EscalationRungEnum, { name: 'EscalationRung', description: 'A rung of the escalation ladder, bottom to top' });
registerEnumType(EscalationCauseEnum, { name: 'EscalationCause' });
registerEnumType(ItemKindEnum, { name: 'ItemKind', description: 'A vastloper or a doorbraak' });
