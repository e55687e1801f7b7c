import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { DoorbraakEntity } from './doorbraak.entity';
import { AT_MOST_ONE_ITEM } from './item-checks';
import { MeetingEntity } from './meeting.entity';
import { VastloperEntity } from './vastloper.entity';

// A besluit; together they form the decision register.
@Entity({ name: 'decision' })
@Check('CHK_decision_item', AT_MOST_ONE_ITEM)
@Check('CHK_decision_text', `char_length(btrim("text")) > 0`)
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid', nullable: true })
  vastloperId: string | null;

  @ManyToOne(() => VastloperEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'vastloper_id' })
  vastloper?: VastloperEntity | null;

  @Column({ type: 'uuid', nullable: true })
  doorbraakId: string | null;

  @ManyToOne(() => DoorbraakEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'doorbraak_id' })
  doorbraak?: DoorbraakEntity | null;

  // Puts the decision back on an agenda on or after this date.
  @Column({ type: 'date', nullable: true })
  reviewDate: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
