import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from './column-helpers';
import { PersonEntity } from './person.entity';

// The secret in a person's private calendar feed URL. Only its SHA-256 is kept; revoking ends the feed.
@Entity({ name: 'calendar_token' })
@Index('UQ_calendar_token_active', ['personId'], { unique: true, where: '"revoked_at" IS NULL' })
export class CalendarTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'text', unique: true })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;
}
