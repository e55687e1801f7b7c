import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from './column-helpers';
import { PersonEntity } from './person.entity';

// One signed-in session: it ends after 30 minutes idle, after 12 hours in all, at logout,
// or when a rotated refresh token is used again.
@Entity({ name: 'auth_session' })
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  // 'password' or 'oidc'.
  @Column({ type: 'text' })
  method: string;

  @TimestampColumn({ default: () => 'now()' })
  startedAt: Date;

  @TimestampColumn({ default: () => 'now()' })
  lastActivityAt: Date;

  @TimestampColumn({ nullable: true })
  endedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  endReason: string | null;
}
