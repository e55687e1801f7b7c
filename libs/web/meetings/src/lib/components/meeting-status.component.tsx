import type { MeetingStatus } from '@doorbraak/web-data-access';
import { useTranslation } from 'react-i18next';
import { meetingsNamespace } from '../i18n/meetings.translations';

const BADGE: Partial<Record<MeetingStatus, string>> = { CANCELLED: 'db-badge db-badge--error', DRAFT: 'db-badge db-badge--warning' };

export const MeetingStatusBadge = ({ status }: { status: MeetingStatus }) => {
  const { t } = useTranslation([meetingsNamespace, 'common']);
  return <span className={BADGE[status] ?? 'db-badge'}>{t(`common:enums.meetingStatus.${status}`)}</span>;
};
