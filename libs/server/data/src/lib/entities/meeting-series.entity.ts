import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MEETING_TYPES, type MeetingType } from '@doorbraak/domain';
import { AllianceEntity } from './alliance.entity';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';

// A recurring meeting: every N weeks from the first one, at the same local time, with exceptions.
@Entity({ name: 'meeting_series' })
@Check('CHK_meeting_series_type', enumCheck('type', MEETING_TYPES))
@Check('CHK_meeting_series_interval', '"interval_weeks" BETWEEN 1 AND 52')
@Check('CHK_meeting_series_scope', `("type" = 'DOORBRAAKOVERLEG') = ("alliance_id" IS NULL)`)
export class MeetingSeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  allianceId: string | null;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity | null;

  @EnumColumn()
  type: MeetingType;

  @Column({ type: 'text' })
  title: string;

  @TimestampColumn()
  firstAt: Date;

  @Column({ type: 'integer' })
  intervalWeeks: number;

  @Column({ type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Column({ type: 'date', array: true, default: () => "'{}'" })
  exceptions: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
