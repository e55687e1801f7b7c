import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PARTNER_TYPES, type PartnerType } from '@doorbraak/domain';
import { AllianceEntity } from './alliance.entity';
import { enumCheck, EnumColumn } from './column-helpers';
import { PersonEntity } from './person.entity';

@Entity({ name: 'partner' })
@Check('CHK_partner_type', enumCheck('type', PARTNER_TYPES))
@Index('UQ_partner_alliance_name', ['allianceId', 'name'], { unique: true })
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  allianceId: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;

  @Column({ type: 'text' })
  name: string;

  @EnumColumn()
  type: PartnerType;

  @ManyToMany(() => PersonEntity)
  @JoinTable({
    name: 'partner_representative',
    joinColumn: { name: 'partner_id' },
    inverseJoinColumn: { name: 'person_id' },
  })
  representatives?: PersonEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
