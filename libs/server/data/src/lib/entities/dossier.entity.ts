import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import {
  DOSSIER_OUTCOMES,
  DOSSIER_STATUSES,
  MINISTRIES,
  REMEDIES,
  type DossierOutcome,
  type DossierStatus,
  type EscalationRung,
  type Ministry,
  type Remedy,
} from '@doorbraak/domain';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { StallClockColumns } from './stall-clock-columns';
import { PersonEntity } from './person.entity';

// A national case bundling vastlopers of several alliances (DOMAIN §5). Which vastlopers it carries is
// the history in dossier_membership; lineage between dossiers is kept in merged_into and split_from.
@Entity({ name: 'dossier' })
@Check('CHK_dossier_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
@Check('CHK_dossier_status', enumCheck('status', DOSSIER_STATUSES))
@Check('CHK_dossier_outcome', `"outcome" IS NULL OR ${enumCheck('outcome', DOSSIER_OUTCOMES)}`)
@Check('CHK_dossier_ministry', enumCheck('owning_ministry', MINISTRIES))
@Check('CHK_dossier_remedy', `"remedy" IS NULL OR ${enumCheck('remedy', REMEDIES)}`)
@Check('CHK_dossier_closed', `("status" = 'CLOSED') = ("closed_at" IS NOT NULL AND "outcome" IS NOT NULL)`)
@Check('CHK_dossier_merged', `("outcome" = 'MERGED_INTO') = ("merged_into_id" IS NOT NULL)`)
@Check('CHK_dossier_rung', `"rung" IS NULL OR "rung" IN ('INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG')`)
@Index('IDX_dossier_created', ['createdAt', 'id'])
// The stall sweep reads open dossiers that are due, as it reads items.
@Index('IDX_dossier_due', ['nextEscalationAt'], { where: `"status" = 'OPEN' AND "next_escalation_at" IS NOT NULL` })
@Index('IDX_dossier_early_warning', ['earlyWarningAt'], { where: `"status" = 'OPEN' AND "early_warning_at" IS NOT NULL` })
export class DossierEntity extends StallClockColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  cause: string;

  @Column({ type: 'text', nullable: true })
  legalReference: string | null;

  @EnumColumn()
  owningMinistry: Ministry;

  // The person at the ministry who owns the case.
  @Column({ type: 'uuid', nullable: true })
  ministryOwnerId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ministry_owner_id' })
  ministryOwner?: PersonEntity | null;

  @EnumColumn({ nullable: true })
  remedy: Remedy | null;

  @EnumColumn()
  status: DossierStatus;

  @EnumColumn({ nullable: true })
  outcome: DossierOutcome | null;

  @Column({ type: 'text', nullable: true })
  outcomeText: string | null;

  @TimestampColumn({ nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => DossierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: DossierEntity | null;

  @Column({ type: 'uuid', nullable: true })
  splitFromId: string | null;

  @ManyToOne(() => DossierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'split_from_id' })
  splitFrom?: DossierEntity | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: PersonEntity;

  @TimestampColumn({ nullable: true })
  acceptedAt: Date | null;

  // The national rungs (DOMAIN §5): INTERDEPARTEMENTAAL once open, DOORBRAAKOVERLEG after a stall. Null while
  // proposed. These ladder columns are written by escalation only, as a vastloper's are.
  @EnumColumn({ nullable: true })
  rung: EscalationRung | null;

  @TimestampColumn({ nullable: true })
  rungEnteredAt: Date | null;

  @TimestampColumn({ default: () => 'now()' })
  lastProgressAt: Date;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
