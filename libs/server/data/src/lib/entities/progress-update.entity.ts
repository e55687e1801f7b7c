import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from './column-helpers';
import { DoorbraakEntity } from './doorbraak.entity';
import { EXACTLY_ONE_ITEM } from './item-checks';
import { PersonEntity } from './person.entity';
import { VastloperEntity } from './vastloper.entity';

@Entity({ name: 'progress_update' })
@Check('CHK_progress_update_item', EXACTLY_ONE_ITEM)
@Check('CHK_progress_update_text', `char_length(btrim("text")) > 0`)
@Index('IDX_progress_update_vastloper', ['vastloperId', 'at'])
@Index('IDX_progress_update_doorbraak', ['doorbraakId', 'at'])
export class ProgressUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  vastloperId: string | null;

  @ManyToOne(() => VastloperEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vastloper_id' })
  vastloper?: VastloperEntity | null;

  @Column({ type: 'uuid', nullable: true })
  doorbraakId: string | null;

  @ManyToOne(() => DoorbraakEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'doorbraak_id' })
  doorbraak?: DoorbraakEntity | null;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: PersonEntity;

  @Column({ type: 'text' })
  text: string;

  // When the progress happened; may be earlier than when it was written down.
  @TimestampColumn()
  at: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
