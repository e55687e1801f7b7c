import { formatDate, Heading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import { AttendanceFacts } from './attendance.component';
import type { ModeMeeting } from './meeting-mode.types';
import { ActionItemList, DecisionList } from './record-lines.component';

// The minutes as people read them: who was there, and per agenda item its minute, decisions and action items.
export const MinutesView = ({ meeting }: { meeting: ModeMeeting }) => {
  const { t, i18n } = useTranslation(meetingModeNamespace);
  const language = i18n.resolvedLanguage ?? 'nl';
  const general = {
    decisions: meeting.decisions.filter((decision) => decision.agendaItemId === null),
    actionItems: meeting.actionItems.filter((item) => item.agendaItemId === null),
  };
  const hasGeneral = Boolean(meeting.minutes) || general.decisions.length > 0 || general.actionItems.length > 0;

  return (
    <section className="db-section mm-minutes" aria-labelledby="minutes-heading" data-testid="minutes">
      <Heading level={2} id="minutes-heading">
        {t('minutesView.heading')}
      </Heading>
      {meeting.attendees.length > 0 ? <AttendanceFacts meeting={meeting} /> : null}
      {hasGeneral ? (
        <section aria-labelledby="minutes-general">
          <Heading level={3} id="minutes-general">
            {t('minutesView.general')}
          </Heading>
          {meeting.minutes ? <Paragraph className="mm-minute-text">{meeting.minutes}</Paragraph> : null}
          {general.decisions.length > 0 ? <DecisionList decisions={general.decisions} /> : null}
          {general.actionItems.length > 0 ? <ActionItemList items={general.actionItems} /> : null}
        </section>
      ) : null}
      {meeting.agenda.map((item) => {
        const decisions = meeting.decisions.filter((decision) => decision.agendaItemId === item.id);
        const actionItems = meeting.actionItems.filter((actionItem) => actionItem.agendaItemId === item.id);
        const empty = !item.minute && decisions.length === 0 && actionItems.length === 0;
        return (
          <section key={item.id} aria-labelledby={`minutes-${item.id}`} className="mm-minutes__item">
            <Heading level={3} id={`minutes-${item.id}`}>
              {t('item.heading', { position: item.position, title: item.title })}
            </Heading>
            {item.carriedOverTo ? (
              <Paragraph className="mm-item__note">
                {t('item.carriedOverTo', { title: item.carriedOverTo.meeting.title, date: formatDate(item.carriedOverTo.meeting.scheduledAt, language) })}
              </Paragraph>
            ) : empty ? (
              <Paragraph className="mm-muted">{t('minutesView.empty')}</Paragraph>
            ) : null}
            {item.minute ? <Paragraph className="mm-minute-text">{item.minute}</Paragraph> : null}
            {decisions.length > 0 ? (
              <>
                <Heading level={4}>{t('minutesView.decisions')}</Heading>
                <DecisionList decisions={decisions} />
              </>
            ) : null}
            {actionItems.length > 0 ? (
              <>
                <Heading level={4}>{t('minutesView.actionItems')}</Heading>
                <ActionItemList items={actionItems} />
              </>
            ) : null}
          </section>
        );
      })}
    </section>
  );
};
