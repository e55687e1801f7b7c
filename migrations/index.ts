import type { MigrationInterface } from 'typeorm';
import { CreateDomainSchema1795801082244 } from './1795801082244-CreateDomainSchema';
import { InsertDefaultEscalationLadder1795801100000 } from './1795801100000-InsertDefaultEscalationLadder';
import { AddAuthSessionsAndInvitations1795801939470 } from './1795801939470-AddAuthSessionsAndInvitations';
import { RestrictApplicationRole1795802000000 } from './1795802000000-RestrictApplicationRole';
import { AddEscalationLadderState1795802301132 } from './1795802301132-AddEscalationLadderState';
import { AddMeetingCycle1795802681174 } from './1795802681174-AddMeetingCycle';
import { DropEscalationEventStallPeriodCheck1796500949054 } from './1796500949054-DropEscalationEventStallPeriodCheck';
import { AddEscalationFailedNotificationKind1796501207688 } from './1796501207688-AddEscalationFailedNotificationKind';
import { LinkAgendaAmendmentsToTheirItem1796501731722 } from './1796501731722-LinkAgendaAmendmentsToTheirItem';
import { AddRoleGrantedNotificationKind1796510000000 } from './1796510000000-AddRoleGrantedNotificationKind';
import { AddSimilarVastlopers1796512314024 } from './1796512314024-AddSimilarVastlopers';
import { IndexMembershipsByPerson1796524296152 } from './1796524296152-IndexMembershipsByPerson';
import { AddDossiers1796524495850 } from './1796524495850-AddDossiers';
import { AddDossierUpdateNotificationKind1796524600000 } from './1796524600000-AddDossierUpdateNotificationKind';
import { AddAnswerClocks1796525000000 } from './1796525000000-AddAnswerClocks';
import { AddAnswerOverdueNotificationKind1796525000001 } from './1796525000001-AddAnswerOverdueNotificationKind';
import { AddSimilarityNormalisedWeights1796526000000 } from './1796526000000-AddSimilarityNormalisedWeights';
import { AddAgendaAmendmentFacts1796527587208 } from './1796527587208-AddAgendaAmendmentFacts';
import { AddSimilarDismissals1796528383638 } from './1796528383638-AddSimilarDismissals';
import { DropSimilarityDocumentTitleIndex1796536266159 } from './1796536266159-DropSimilarityDocumentTitleIndex';
import { AddPriorityVotes1796556903719 } from './1796556903719-AddPriorityVotes';
import { IndexEscalationEventsByMoment1796557720499 } from './1796557720499-IndexEscalationEventsByMoment';
import { LinkAgendaItemsToDossiers1796560000000 } from './1796560000000-LinkAgendaItemsToDossiers';
import { IndexOpenVastloperFigures1796560507105 } from './1796560507105-IndexOpenVastloperFigures';
import { PutDossiersOnTheLadder1796561000000 } from './1796561000000-PutDossiersOnTheLadder';

// Every migration, in order. The generate script appends new ones; never edit a merged migration.
export const MIGRATIONS: (new () => MigrationInterface)[] = [CreateDomainSchema1795801082244, InsertDefaultEscalationLadder1795801100000, AddAuthSessionsAndInvitations1795801939470, RestrictApplicationRole1795802000000, AddEscalationLadderState1795802301132, AddMeetingCycle1795802681174, DropEscalationEventStallPeriodCheck1796500949054, AddEscalationFailedNotificationKind1796501207688, LinkAgendaAmendmentsToTheirItem1796501731722, AddRoleGrantedNotificationKind1796510000000, AddSimilarVastlopers1796512314024, IndexMembershipsByPerson1796524296152, AddDossiers1796524495850, AddDossierUpdateNotificationKind1796524600000, AddAnswerClocks1796525000000, AddAnswerOverdueNotificationKind1796525000001, AddSimilarityNormalisedWeights1796526000000, AddAgendaAmendmentFacts1796527587208, AddSimilarDismissals1796528383638, DropSimilarityDocumentTitleIndex1796536266159, AddPriorityVotes1796556903719, IndexEscalationEventsByMoment1796557720499, LinkAgendaItemsToDossiers1796560000000, IndexOpenVastloperFigures1796560507105, PutDossiersOnTheLadder1796561000000];
