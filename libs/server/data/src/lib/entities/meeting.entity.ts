import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MEETING_STATUSES, MEETING_TYPES, type MeetingStatus, type MeetingType } from '@doorbraak/domain';
import { AllianceEntity } from './alliance.entity';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { MeetingSeriesEntity } from './meeting-series.entity';
import { PersonEntity } from './person.entity';

@Entity({ name: 'meeting' })
@Check('CHK_meeting_type', enumCheck('type', MEETING_TYPES))
@Check('CHK_meeting_status', enumCheck('status', MEETING_STATUSES))
// The doorbraakoverleg is national; every other meeting belongs to an alliance.
@Check('CHK_meeting_scope', `("type" = 'DOORBRAAKOVERLEG') = ("alliance_id" IS NULL)`)
@Check('CHK_meeting_duration', '"duration_minutes" > 0')
// Finds "the next meeting of this type that has not been held" for escalations.
@Index('IDX_meeting_next', ['type', 'allianceId', 'scheduledAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @EnumColumn()
  type: MeetingType;

  @Column({ type: 'uuid', nullable: true })
  allianceId: string | null;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => MeetingSeriesEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'series_id' })
  series?: MeetingSeriesEntity | null;

  @Column({ type: 'text' })
  title: string;

  @TimestampColumn()
  scheduledAt: Date;

  @Column({ type: 'integer', default: 120 })
  durationMinutes: number;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @EnumColumn({ default: 'DRAFT' })
  status: MeetingStatus;

  @TimestampColumn({ nullable: true })
  agendaPublishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @TimestampColumn({ nullable: true })
  minutesApprovedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  minutesApprovedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'minutes_approved_by_id' })
  minutesApprovedBy?: PersonEntity | null;

  @Column({ type: 'text', nullable: true })
  cancellationReason: string | null;

  // When the first status request before the meeting went out; owners who did not answer since show "geen update".
  @TimestampColumn({ nullable: true })
  statusRequestedAt: Date | null;

  // When the worker prepared the mayor's briefing (three days ahead) and told the chair.
  @TimestampColumn({ nullable: true })
  briefingPreparedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
