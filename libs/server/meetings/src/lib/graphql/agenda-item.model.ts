import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgendaItemKind, AgendaItemSource } from '@doorbraak/domain';
import { AgendaItemKindEnum, AgendaItemSourceEnum } from './enums';

@ObjectType({ description: 'One item on a meeting’s agenda' })
export class AgendaItem {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => Int, { description: '1..n, dense' })
  position: number;

  @Field()
  title: string;

  @Field(() => AgendaItemKindEnum)
  kind: AgendaItemKind;

  @Field(() => Int)
  minutesAllotted: number;

  @Field(() => AgendaItemSourceEnum)
  source: AgendaItemSource;

  @Field(() => String, { nullable: true, description: 'The short minute recorded for this item' })
  minute: string | null;

  @Field(() => ID, { nullable: true })
  vastloperId: string | null;

  @Field(() => ID, { nullable: true })
  doorbraakId: string | null;

  @Field(() => ID, { nullable: true, description: 'The national dossier it is about' })
  dossierId: string | null;

  @Field(() => ID, { nullable: true, description: 'The item on an earlier agenda this one continues' })
  carriedOverFromId: string | null;

  presenterId: string | null;
}
