import { registerEnumType } from '@nestjs/graphql';
import {
  ACTIELIJNEN,
  DOORBRAAK_KINDS,
  DOORBRAAK_STATUSES,
  enumObject,
  REMEDIES,
  STALL_UNITS,
  VASTLOPER_CATEGORIES,
  VASTLOPER_STATUSES,
} from '@doorbraak/domain';

export const VastloperCategoryEnum = enumObject(VASTLOPER_CATEGORIES);
export const VastloperStatusEnum = enumObject(VASTLOPER_STATUSES);
export const ActielijnEnum = enumObject(ACTIELIJNEN);
export const RemedyEnum = enumObject(REMEDIES);
export const DoorbraakKindEnum = enumObject(DOORBRAAK_KINDS);
export const DoorbraakStatusEnum = enumObject(DOORBRAAK_STATUSES);
export const StallUnitEnum = enumObject(STALL_UNITS);

registerEnumType(VastloperCategoryEnum, { name: 'VastloperCategory' });
registerEnumType(VastloperStatusEnum, { name: 'VastloperStatus' });
registerEnumType(ActielijnEnum, { name: 'Actielijn', description: 'One of the four action lines of the programme' });
registerEnumType(RemedyEnum, { name: 'Remedy', description: 'What a vastloper asks for' });
registerEnumType(DoorbraakKindEnum, { name: 'DoorbraakKind' });
registerEnumType(DoorbraakStatusEnum, { name: 'DoorbraakStatus' });
registerEnumType(StallUnitEnum, { name: 'StallUnit' });

// The order of the vastlopers list: newest first (the default), or the longest without progress first (the
// national coordinator's question: which stalled items wait longest).
export const VastloperOrderEnum = { NEWEST: 'NEWEST', LONGEST_WITHOUT_PROGRESS: 'LONGEST_WITHOUT_PROGRESS' } as const;
export type VastloperOrder = keyof typeof VastloperOrderEnum;
registerEnumType(VastloperOrderEnum, {
  name: 'VastloperOrder',
  valuesMap: {
    NEWEST: { description: 'Newest first, by when it was logged' },
    LONGEST_WITHOUT_PROGRESS: { description: 'The longest without progress first (its last progress note, or when it was logged)' },
  },
});
