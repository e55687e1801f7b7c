import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AGENDA_CHANGES, type AgendaChange } from '@doorbraak/domain';
import { AgendaItemEntity } from './agenda-item.entity';
import { enumCheck, EnumColumn } from './column-helpers';
import { DoorbraakEntity } from './doorbraak.entity';
import { AT_MOST_ONE_ITEM } from './item-checks';
import { MeetingEntity } from './meeting.entity';
import { PersonEntity } from './person.entity';
import { VastloperEntity } from './vastloper.entity';

// A change to an agenda after it was published: the published agenda is frozen, changes are amendments.
@Entity({ name: 'agenda_amendment' })
@Check('CHK_agenda_amendment_change', enumCheck('change', AGENDA_CHANGES))
@Index('IDX_agenda_amendment_meeting', ['meetingId', 'createdAt'])
@Check('CHK_agenda_amendment_item', AT_MOST_ONE_ITEM)
export class AgendaAmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  // Null once a removed item is gone.
  @Column({ type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity | null;

  // What the agenda item is about, kept when the item is removed: an amendment names the item, so it is
  // shown only to those who may read that vastloper or doorbraak.
  @Column({ type: 'uuid', nullable: true })
  vastloperId: string | null;

  @ManyToOne(() => VastloperEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vastloper_id' })
  vastloper?: VastloperEntity | null;

  @Column({ type: 'uuid', nullable: true })
  doorbraakId: string | null;

  @ManyToOne(() => DoorbraakEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'doorbraak_id' })
  doorbraak?: DoorbraakEntity | null;

  @EnumColumn()
  change: AgendaChange;

  // What changed, in Dutch, as the attendees were told it ("Toegevoegd: …").
  @Column({ type: 'text' })
  description: string;

  // The facts a screen tells the change from, in the reader's language: the item's title then (it may
  // be renamed or removed since), where a moved item went, and the date of the meeting a carried-over
  // item came from.
  @Column({ type: 'text' })
  itemTitle: string;

  @Column({ type: 'int', nullable: true })
  position: number | null;

  @Column({ type: 'date', nullable: true })
  carriedOverFrom: string | null;

  // An escalated item a programme director pulled onto a published agenda.
  @Column({ type: 'boolean', default: false })
  urgent: boolean;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: PersonEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
