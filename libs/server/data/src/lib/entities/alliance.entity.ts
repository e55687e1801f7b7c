import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FocusAreaEntity } from './focus-area.entity';
import { PersonEntity } from './person.entity';

@Entity({ name: 'alliance' })
@Check('CHK_alliance_horizon', '"horizon_end_year" IS NULL OR "horizon_end_year" >= "horizon_start_year"')
@Check('CHK_alliance_cadence', '"meeting_cadence_weeks" IS NULL OR "meeting_cadence_weeks" BETWEEN 1 AND 52')
export class AllianceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  focusAreaId: string;

  @OneToOne(() => FocusAreaEntity, (focusArea) => focusArea.alliance, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'focus_area_id' })
  focusArea?: FocusAreaEntity;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  // As the programme itself describes it ("NPRZ", "Pact Zaandam Oost, ...").
  @Column({ type: 'text', nullable: true })
  programmeDescription: string | null;

  @Column({ type: 'uuid', nullable: true })
  chairId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'chair_id' })
  chair?: PersonEntity | null;

  @Column({ type: 'text', nullable: true })
  programmeBureau: string | null;

  @Column({ type: 'text', nullable: true })
  meetingCadence: string | null;

  @Column({ type: 'integer', nullable: true })
  meetingCadenceWeeks: number | null;

  @Column({ type: 'integer' })
  horizonStartYear: number;

  @Column({ type: 'integer', nullable: true })
  horizonEndYear: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
