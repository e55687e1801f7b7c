import { ActionItemEntity } from './action-item.entity';
import { AnswerClockEntity } from './answer-clock.entity';
import { AnswerTimeSettingEntity } from './answer-time-setting.entity';
import { AgendaAmendmentEntity } from './agenda-amendment.entity';
import { CalendarTokenEntity } from './calendar-token.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { InvitationEntity } from './invitation.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { AgendaBacklogItemEntity } from './agenda-backlog-item.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { AllianceEntity } from './alliance.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { DecisionEntity } from './decision.entity';
import { DoorbraakEntity } from './doorbraak.entity';
import { DossierMembershipEntity } from './dossier-membership.entity';
import { DossierNoteEntity } from './dossier-note.entity';
import { DossierEntity } from './dossier.entity';
import { EscalationEventEntity } from './escalation-event.entity';
import { EscalationRungSettingEntity } from './escalation-rung-setting.entity';
import { FocusAreaEntity } from './focus-area.entity';
import { MeetingAttendeeEntity } from './meeting-attendee.entity';
import { MeetingSeriesEntity } from './meeting-series.entity';
import { MeetingEntity } from './meeting.entity';
import { MembershipEntity } from './membership.entity';
import { NotificationEntity } from './notification.entity';
import { PartnerEntity } from './partner.entity';
import { PersonEntity } from './person.entity';
import { ProgressUpdateEntity } from './progress-update.entity';
import { RijksvertegenwoordigerAssignmentEntity } from './rijksvertegenwoordiger-assignment.entity';
import { RijksvertegenwoordigerEntity } from './rijksvertegenwoordiger.entity';
import { VastloperEntity } from './vastloper.entity';

export {
  ActionItemEntity,
  AnswerClockEntity,
  AnswerTimeSettingEntity,
  AgendaAmendmentEntity,
  CalendarTokenEntity,
  NotificationPreferenceEntity,
  AgendaBacklogItemEntity,
  InvitationEntity,
  RefreshTokenEntity,
  AuthSessionEntity,
  AgendaItemEntity,
  AllianceEntity,
  AuditEntryEntity,
  DecisionEntity,
  DoorbraakEntity,
  DossierEntity,
  DossierMembershipEntity,
  DossierNoteEntity,
  EscalationEventEntity,
  EscalationRungSettingEntity,
  FocusAreaEntity,
  MeetingAttendeeEntity,
  MeetingSeriesEntity,
  MeetingEntity,
  MembershipEntity,
  NotificationEntity,
  PartnerEntity,
  PersonEntity,
  ProgressUpdateEntity,
  RijksvertegenwoordigerAssignmentEntity,
  RijksvertegenwoordigerEntity,
  VastloperEntity,
};
export type { FocusAreaCharacteristics } from './focus-area.entity';
export { VASTLOPER_SEARCH_DOCUMENT } from './vastloper.entity';
export { DOORBRAAK_SEARCH_DOCUMENT } from './doorbraak.entity';
export { DECISION_SEARCH_DOCUMENT } from './decision.entity';

export const ENTITIES = [
  ActionItemEntity,
  AnswerClockEntity,
  AnswerTimeSettingEntity,
  AgendaAmendmentEntity,
  CalendarTokenEntity,
  NotificationPreferenceEntity,
  AgendaBacklogItemEntity,
  InvitationEntity,
  RefreshTokenEntity,
  AuthSessionEntity,
  AgendaItemEntity,
  AllianceEntity,
  AuditEntryEntity,
  DecisionEntity,
  DoorbraakEntity,
  DossierEntity,
  DossierMembershipEntity,
  DossierNoteEntity,
  EscalationEventEntity,
  EscalationRungSettingEntity,
  FocusAreaEntity,
  MeetingAttendeeEntity,
  MeetingSeriesEntity,
  MeetingEntity,
  MembershipEntity,
  NotificationEntity,
  PartnerEntity,
  PersonEntity,
  ProgressUpdateEntity,
  RijksvertegenwoordigerAssignmentEntity,
  RijksvertegenwoordigerEntity,
  VastloperEntity,
];
