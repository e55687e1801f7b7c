import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ESCALATION_CAUSES, ESCALATION_RUNGS, type EscalationCause, type EscalationRung } from '@doorbraak/domain';
import { AgendaItemEntity } from './agenda-item.entity';
import { AllianceEntity } from './alliance.entity';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { DoorbraakEntity } from './doorbraak.entity';
import { DossierEntity } from './dossier.entity';
import { EXACTLY_ONE_SUBJECT } from './item-checks';
import { PersonEntity } from './person.entity';
import { VastloperEntity } from './vastloper.entity';

@Entity({ name: 'escalation_event' })
@Check('CHK_escalation_event_item', EXACTLY_ONE_SUBJECT)
@Check('CHK_escalation_event_cause', enumCheck('cause', ESCALATION_CAUSES))
@Check('CHK_escalation_event_to_rung', enumCheck('to_rung', ESCALATION_RUNGS))
@Check('CHK_escalation_event_from_rung', `"from_rung" IS NULL OR ${enumCheck('from_rung', ESCALATION_RUNGS)}`)
// An item's event carries the item's alliance, a national dossier's has none: a writer that forgets it fails here.
@Check('CHK_escalation_event_alliance', '("alliance_id" IS NULL) = ("dossier_id" IS NOT NULL)')
@Index('IDX_escalation_event_vastloper', ['vastloperId', 'at'])
@Index('IDX_escalation_event_doorbraak', ['doorbraakId', 'at'])
// The events of a period (the briefing's moves since the previous meeting, the dashboards' months).
@Index('IDX_escalation_event_at', ['at'])
// An alliance's moves of a period (the briefing, the alliance dashboard's months): only the rows asked for, where a
// join to the items would read every event of the period nationally and every item of the alliance.
@Index('IDX_escalation_event_alliance', ['allianceId', 'at'])
@Index('IDX_escalation_event_dossier', ['dossierId', 'at'])
@Index('UQ_escalation_event_dossier_stall', ['dossierId', 'fromRung', 'stallPeriod'], {
  unique: true,
  where: `"cause" = 'STALLED' AND "dossier_id" IS NOT NULL`,
})
// Exactly once (DOMAIN §3 rule 8): one STALLED move per item and stall, whatever retries or second workers do.
@Index('UQ_escalation_event_vastloper_stall', ['vastloperId', 'fromRung', 'stallPeriod'], {
  unique: true,
  where: `"cause" = 'STALLED' AND "vastloper_id" IS NOT NULL`,
})
@Index('UQ_escalation_event_doorbraak_stall', ['doorbraakId', 'fromRung', 'stallPeriod'], {
  unique: true,
  where: `"cause" = 'STALLED' AND "doorbraak_id" IS NOT NULL`,
})
export class EscalationEventEntity {
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

  // The alliance of the item moved (an item never changes alliance), so an alliance's moves are read without
  // a join to its items; null for a national dossier.
  @Column({ type: 'uuid', nullable: true })
  allianceId: string | null;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity | null;

  // A national dossier's move on the national rungs.
  @Column({ type: 'uuid', nullable: true })
  dossierId: string | null;

  @ManyToOne(() => DossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: DossierEntity | null;

  @EnumColumn({ nullable: true })
  fromRung: EscalationRung | null;

  @EnumColumn()
  toRung: EscalationRung;

  @EnumColumn()
  cause: EscalationCause;

  // Null when the system moved the item.
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: PersonEntity | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @TimestampColumn()
  at: Date;

  // The stall period of the item that ended with this move (the worker always sets it; imported history may not).
  @Column({ type: 'integer', nullable: true })
  stallPeriod: number | null;

  // Rungs without a holder that the move passed over (the reason says why).
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skippedRungs: EscalationRung[];

  @Column({ type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity | null;
}
