import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ALLIANCE_ROLES, NATIONAL_ROLES, ROLES, type Role } from '@doorbraak/domain';
import { AllianceEntity } from './alliance.entity';
import { enumCheck, EnumColumn } from './column-helpers';
import { PersonEntity } from './person.entity';

@Entity({ name: 'membership' })
@Check('CHK_membership_role', enumCheck('role', ROLES))
// National roles are held without an alliance; all others within one.
@Check(
  'CHK_membership_scope',
  `(${enumCheck('role', NATIONAL_ROLES)} AND "alliance_id" IS NULL) OR (${enumCheck('role', ALLIANCE_ROLES)} AND "alliance_id" IS NOT NULL)`,
)
@Index('UQ_membership_alliance_role', ['personId', 'allianceId', 'role'], { unique: true, where: '"alliance_id" IS NOT NULL' })
@Index('UQ_membership_national_role', ['personId', 'role'], { unique: true, where: '"alliance_id" IS NULL' })
// Every authenticated request reads the caller's memberships by person; the partial unique indexes above
// cannot serve that lookup.
@Index('IDX_membership_person', ['personId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, (person) => person.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  allianceId: string | null;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity | null;

  @EnumColumn()
  role: Role;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
