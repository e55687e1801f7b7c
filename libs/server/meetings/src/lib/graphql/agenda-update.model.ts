import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AGENDA_UPDATE_KINDS, enumObject, type AgendaUpdateKind } from '@doorbraak/domain';
import type { MeetingEntity } from '@doorbraak/server-data';
import { Meeting } from './meeting.model';

export const AgendaUpdateKindEnum = enumObject(AGENDA_UPDATE_KINDS);

registerEnumType(AgendaUpdateKindEnum, {
  name: 'AgendaUpdateKind',
  description:
    'What changed: an item (added, updated, moved, removed, carried over), the publication, the escalation ladder, the meeting itself, or its record (attendance, minutes, a decision, an action item)',
});

@ObjectType({ description: "A change to a meeting's agenda, told live to the people looking at it" })
export class AgendaUpdate {
  @Field(() => ID)
  meetingId: string;

  @Field(() => AgendaUpdateKindEnum)
  kind: AgendaUpdateKind;

  @Field(() => ID, { nullable: true, description: 'The item changed, when the change is about one item the caller may read' })
  agendaItemId: string | null;

  @Field(() => Date)
  at: Date;

  @Field(() => Meeting, { description: 'The meeting as the caller sees it now' })
  meeting: MeetingEntity;

  actorId: string | null;
}
