import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ROLES, type Role } from '@doorbraak/domain';
import { AllianceEntity } from './alliance.entity';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { PersonEntity } from './person.entity';

// A single-use, expiring link with which an invited person sets a password.
@Entity({ name: 'invitation' })
@Check('CHK_invitation_role', enumCheck('role', ROLES))
@Check('CHK_invitation_email_lower', '"email" = lower("email")')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'uuid', nullable: true })
  allianceId: string | null;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity | null;

  @EnumColumn()
  role: Role;

  @Column({ type: 'text', unique: true })
  tokenHash: string;

  @Column({ type: 'uuid' })
  invitedById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: PersonEntity;

  @TimestampColumn()
  expiresAt: Date;

  @TimestampColumn({ nullable: true })
  acceptedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
