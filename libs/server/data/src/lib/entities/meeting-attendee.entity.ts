import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingEntity } from './meeting.entity';
import { PartnerEntity } from './partner.entity';
import { PersonEntity } from './person.entity';

// An attendee is a person, a partner organisation, or a person on behalf of a partner.
@Entity({ name: 'meeting_attendee' })
@Check('CHK_meeting_attendee_who', '"person_id" IS NOT NULL OR "partner_id" IS NOT NULL')
// One row per person, per partner, or per person on behalf of a partner (NULLs would not collide).
@Index('UQ_meeting_attendee_person', ['meetingId', 'personId'], { unique: true, where: '"partner_id" IS NULL' })
@Index('UQ_meeting_attendee_partner', ['meetingId', 'partnerId'], { unique: true, where: '"person_id" IS NULL' })
@Index('UQ_meeting_attendee_both', ['meetingId', 'personId', 'partnerId'], {
  unique: true,
  where: '"person_id" IS NOT NULL AND "partner_id" IS NOT NULL',
})
export class MeetingAttendeeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: PartnerEntity | null;

  // Null until attendance is taken.
  @Column({ type: 'boolean', nullable: true })
  present: boolean | null;
}
