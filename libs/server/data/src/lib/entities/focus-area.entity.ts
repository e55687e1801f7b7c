import { Check, Column, CreateDateColumn, Entity, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AllianceEntity } from './alliance.entity';

export type FocusAreaCharacteristics = {
  opvallend: string;
  sociaaleconomisch: string;
  woningvoorraad: string;
};

@Entity({ name: 'focus_area' })
@Check('CHK_focus_area_inhabitants', '"inhabitants" >= 0')
@Check('CHK_focus_area_wijken', '"wijken" >= 0')
export class FocusAreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'integer' })
  inhabitants: number;

  @Column({ type: 'integer' })
  wijken: number;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'integer' })
  displayOrder: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  ambitions: string[];

  @Column({ type: 'jsonb' })
  characteristics: FocusAreaCharacteristics;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  indicators: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  workingPractices: string[];

  @OneToOne('AllianceEntity', (alliance: AllianceEntity) => alliance.focusArea)
  alliance?: AllianceEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
