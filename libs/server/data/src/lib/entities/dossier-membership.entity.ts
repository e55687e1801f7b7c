import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MEMBERSHIP_JOINS, MEMBERSHIP_LEAVES, type MembershipJoin, type MembershipLeave } from '@doorbraak/domain';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { DossierEntity } from './dossier.entity';
import { PersonEntity } from './person.entity';
import { VastloperEntity } from './vastloper.entity';

// One stay of a vastloper in a dossier. Leaving ends the row (left_at, why, where to); rows are never
// overwritten or deleted, so the lineage through merges and splits stays readable.
@Entity({ name: 'dossier_membership' })
@Check('CHK_dossier_membership_joined_via', enumCheck('joined_via', MEMBERSHIP_JOINS))
@Check('CHK_dossier_membership_left_via', `"left_via" IS NULL OR ${enumCheck('left_via', MEMBERSHIP_LEAVES)}`)
@Check('CHK_dossier_membership_left', `("left_at" IS NULL) = ("left_via" IS NULL)`)
@Check('CHK_dossier_membership_order', `"left_at" IS NULL OR "left_at" >= "joined_at"`)
// A vastloper is in at most one open dossier at a time (DOMAIN §5 rule 1); closing a dossier ends its stays.
@Index('UQ_dossier_membership_current', ['vastloperId'], { unique: true, where: `"left_at" IS NULL` })
@Index('IDX_dossier_membership_dossier', ['dossierId', 'joinedAt'])
@Index('IDX_dossier_membership_vastloper', ['vastloperId', 'joinedAt'])
export class DossierMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => DossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: DossierEntity;

  @Column({ type: 'uuid' })
  vastloperId: string;

  @ManyToOne(() => VastloperEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vastloper_id' })
  vastloper?: VastloperEntity;

  @TimestampColumn()
  joinedAt: Date;

  @EnumColumn()
  joinedVia: MembershipJoin;

  @Column({ type: 'text', nullable: true })
  joinReason: string | null;

  @Column({ type: 'uuid' })
  joinedById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'joined_by_id' })
  joinedBy?: PersonEntity;

  // The dossier it came from by a merge or a split.
  @Column({ type: 'uuid', nullable: true })
  fromDossierId: string | null;

  @ManyToOne(() => DossierEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'from_dossier_id' })
  fromDossier?: DossierEntity | null;

  @TimestampColumn({ nullable: true })
  leftAt: Date | null;

  @EnumColumn({ nullable: true })
  leftVia: MembershipLeave | null;

  @Column({ type: 'text', nullable: true })
  leaveReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  leftById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'left_by_id' })
  leftBy?: PersonEntity | null;

  // The dossier it went to by a merge or a split.
  @Column({ type: 'uuid', nullable: true })
  toDossierId: string | null;

  @ManyToOne(() => DossierEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'to_dossier_id' })
  toDossier?: DossierEntity | null;
}
