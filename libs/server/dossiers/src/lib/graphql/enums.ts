import { registerEnumType } from '@nestjs/graphql';
import { DOSSIER_NOTE_KINDS, DOSSIER_OUTCOMES, DOSSIER_STATUSES, enumObject, MEMBERSHIP_JOINS, MEMBERSHIP_LEAVES } from '@doorbraak/domain';
import { DOSSIER_TIMELINE_KINDS } from '../dossier-timeline';

export const DossierStatusEnum = enumObject(DOSSIER_STATUSES);
export const DossierOutcomeEnum = enumObject(DOSSIER_OUTCOMES);
export const DossierNoteKindEnum = enumObject(DOSSIER_NOTE_KINDS);
export const MembershipJoinEnum = enumObject(MEMBERSHIP_JOINS);
export const MembershipLeaveEnum = enumObject(MEMBERSHIP_LEAVES);
export const DossierTimelineKindEnum = enumObject(DOSSIER_TIMELINE_KINDS);

registerEnumType(DossierStatusEnum, { name: 'DossierStatus', description: 'PROPOSED waits for a national coordinator to accept it' });
registerEnumType(DossierOutcomeEnum, { name: 'DossierOutcome', description: 'How a closed dossier ended; MERGED_INTO comes from mergeDossiers only' });
registerEnumType(DossierNoteKindEnum, { name: 'DossierNoteKind' });
registerEnumType(MembershipJoinEnum, { name: 'DossierMembershipJoin', description: 'How a vastloper came into a dossier' });
registerEnumType(MembershipLeaveEnum, { name: 'DossierMembershipLeave', description: 'How a vastloper left a dossier' });
registerEnumType(DossierTimelineKindEnum, { name: 'DossierTimelineKind' });
