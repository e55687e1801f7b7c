import { Alert, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { agendaNamespace } from '../i18n/agenda.translations';

export type AgendaTimeProps = { totalMinutes: number; meetingMinutes: number; overrunMinutes: number };

// The running total against the meeting's length; running over is said in words, not by colour alone.
export const AgendaTime = ({ totalMinutes, meetingMinutes, overrunMinutes }: AgendaTimeProps) => {
  const { t } = useTranslation(agendaNamespace);
  const share = meetingMinutes > 0 ? Math.min(100, Math.round((totalMinutes / meetingMinutes) * 100)) : 100;
  return (
    <div className="db-agenda-time" aria-live="polite" data-testid="agenda-time">
      <Paragraph className="db-agenda-time__total">
        <strong>{t('time.total', { total: totalMinutes, count: meetingMinutes })}</strong>
        {overrunMinutes === 0 ? <> · {t('time.left', { count: meetingMinutes - totalMinutes })}</> : null}
      </Paragraph>
      <div className={`db-agenda-time__bar${overrunMinutes > 0 ? ' db-agenda-time__bar--over' : ''}`} aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </div>
      {overrunMinutes > 0 ? (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('time.overrunLabel')}:</strong> {t('time.overrun', { count: overrunMinutes })}
          </Paragraph>
        </Alert>
      ) : null}
    </div>
  );
};
