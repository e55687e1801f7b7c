import { Field, ID, InputType } from '@nestjs/graphql';
import { TEXT_RULES, type DossierStatus, type Ministry, type Remedy } from '@doorbraak/domain';
import { MinistryEnum } from '@doorbraak/server-alliances';
import { TextField } from '@doorbraak/server-core';
import { RemedyEnum } from '@doorbraak/server-vastlopers';
import { DossierStatusEnum } from './enums';

@InputType({ description: 'A national coordinator opens the dossier; a rijksvertegenwoordiger proposes it with vastlopers of their alliances' })
export class CreateDossierInput {
  @TextField(TEXT_RULES.title)
  title: string;

  @TextField(TEXT_RULES.description, { description: 'The one cause behind the vastlopers' })
  cause: string;

  @TextField(TEXT_RULES.legalReference, { nullable: true, description: 'Law and article, such as "Participatiewet art. 31"' })
  legalReference?: string | null;

  @Field(() => MinistryEnum)
  owningMinistry: Ministry;

  @Field(() => ID, { nullable: true, description: 'The person who owns the case at the ministry' })
  ministryOwnerId?: string | null;

  @Field(() => RemedyEnum, { nullable: true })
  remedy?: Remedy | null;

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'The vastlopers it starts with (a proposal needs at least one)' })
  vastloperIds?: string[];

  @TextField(TEXT_RULES.reason, { nullable: true, description: 'Why these vastlopers belong together' })
  reason?: string | null;
}

@InputType()
export class DossierFilter {
  @Field(() => [DossierStatusEnum], { nullable: true })
  statuses?: DossierStatus[] | null;

  @Field(() => MinistryEnum, { nullable: true })
  owningMinistry?: Ministry | null;

  @Field(() => ID, { nullable: true, description: 'Only dossiers that carry a vastloper of this alliance' })
  allianceId?: string | null;
}
