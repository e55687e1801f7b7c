import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MINISTRIES, type Ministry } from '@doorbraak/domain';
import { enumCheck, EnumColumn } from './column-helpers';
import { PersonEntity } from './person.entity';
import type { RijksvertegenwoordigerAssignmentEntity } from './rijksvertegenwoordiger-assignment.entity';

@Entity({ name: 'rijksvertegenwoordiger' })
@Check('CHK_rijksvertegenwoordiger_ministry', enumCheck('ministry', MINISTRIES))
export class RijksvertegenwoordigerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @EnumColumn()
  ministry: Ministry;

  // The directorate or function at the ministry, e.g. "directeur Participatie".
  @Column({ type: 'text', nullable: true })
  position: string | null;

  @OneToMany('RijksvertegenwoordigerAssignmentEntity', (assignment: RijksvertegenwoordigerAssignmentEntity) => assignment.rijksvertegenwoordiger)
  assignments?: RijksvertegenwoordigerAssignmentEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
