import { registerEnumType } from '@nestjs/graphql';
import { enumObject, MINISTRIES, PARTNER_TYPES } from '@doorbraak/domain';

export const MinistryEnum = enumObject(MINISTRIES);
export const PartnerTypeEnum = enumObject(PARTNER_TYPES);

registerEnumType(MinistryEnum, { name: 'Ministry', description: 'A ministry with a seat in the programme' });
registerEnumType(PartnerTypeEnum, { name: 'PartnerType' });
