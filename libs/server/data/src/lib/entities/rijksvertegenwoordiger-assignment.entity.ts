import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AllianceEntity } from './alliance.entity';
import { RijksvertegenwoordigerEntity } from './rijksvertegenwoordiger.entity';

// A rijksvertegenwoordiger serves one or more alliances, each since a date.
@Entity({ name: 'rijksvertegenwoordiger_assignment' })
@Index('UQ_rijksvertegenwoordiger_assignment', ['rijksvertegenwoordigerId', 'allianceId'], { unique: true })
@Check('CHK_rijksvertegenwoordiger_assignment_period', '"until" IS NULL OR "until" >= "since"')
export class RijksvertegenwoordigerAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  rijksvertegenwoordigerId: string;

  @ManyToOne(() => RijksvertegenwoordigerEntity, (rv) => rv.assignments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rijksvertegenwoordiger_id' })
  rijksvertegenwoordiger?: RijksvertegenwoordigerEntity;

  @Index()
  @Column({ type: 'uuid' })
  allianceId: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;

  @Column({ type: 'date' })
  since: string;

  @Column({ type: 'date', nullable: true })
  until: string | null;
}
