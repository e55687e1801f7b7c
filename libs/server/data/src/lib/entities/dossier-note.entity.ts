import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DOSSIER_NOTE_KINDS, type DossierNoteKind } from '@doorbraak/domain';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { DossierEntity } from './dossier.entity';
import { PersonEntity } from './person.entity';

// Progress, a decision or the outcome of a dossier; it shows on the timeline of every vastloper the
// dossier carried when it was written.
@Entity({ name: 'dossier_note' })
@Check('CHK_dossier_note_kind', enumCheck('kind', DOSSIER_NOTE_KINDS))
@Check('CHK_dossier_note_text', `char_length(btrim("text")) > 0`)
@Index('IDX_dossier_note_dossier', ['dossierId', 'at'])
export class DossierNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => DossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: DossierEntity;

  @EnumColumn()
  kind: DossierNoteKind;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: PersonEntity;

  @TimestampColumn()
  at: Date;
}
