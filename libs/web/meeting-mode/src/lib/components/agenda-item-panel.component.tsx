import { useMutation } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { AppLink, Button, formatDate, Heading, Paragraph, StatusMessage } from '@doorbraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CarryOverMutation } from '../graphql/carry-over.mutation';
import { useFeedback } from '../hooks/use-feedback';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import { ActionItemForm } from './action-item-form.component';
import { DecisionForm } from './decision-form.component';
import type { ModeAgendaItem, ModeMeeting } from './meeting-mode.types';
import { MinuteForm } from './minute-form.component';
import { ActionItemList, DecisionList } from './record-lines.component';

type Props = {
  meeting: ModeMeeting;
  item: ModeAgendaItem;
  level: 2 | 3;
  onDone: () => Promise<unknown>;
};

export const isEscalated = (item: ModeAgendaItem): boolean => item.kind === 'ESCALATION' || item.source === 'ESCALATION';

// One agenda item during the meeting: what it is about, and what the caller may record for it.
export const AgendaItemPanel = ({ meeting, item, level, onDone }: Props) => {
  const { t, i18n } = useTranslation([meetingModeNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  const can = meeting.viewerCan;
  const [open, setOpen] = useState<'decision' | 'actionItem' | null>(null);
  const [carryOver, carrying] = useMutation(CarryOverMutation);
  // Each outcome is told beside the control that caused it.
  const minuteFeedback = useFeedback(onDone);
  const decisionFeedback = useFeedback(onDone);
  const actionFeedback = useFeedback(onDone);
  const carryFeedback = useFeedback(onDone);
  const headingId = `item-${item.id}`;
  const decisions = meeting.decisions.filter((decision) => decision.agendaItemId === item.id);
  const actionItems = meeting.actionItems.filter((actionItem) => actionItem.agendaItemId === item.id);
  const subject = item.item;
  const sub = (name: string) => `${headingId}-${name}`;

  return (
    <section className={`db-card mm-item${isEscalated(item) ? ' mm-item--escalated' : ''}`} aria-labelledby={headingId} data-testid="agenda-item">
      <Heading level={level} id={headingId} className="mm-item__title" tabIndex={-1}>
        {t('item.heading', { position: item.position, title: item.title })}
        {isEscalated(item) ? <span className="db-badge db-badge--warning mm-item__mark">{t('item.escalated')}</span> : null}
      </Heading>
      <dl className="db-facts mm-item__facts">
        <dt>{t('item.kind')}</dt>
        <dd>{t(`common:enums.agendaItemKind.${item.kind}`)}</dd>
        <dt>{t('item.duration')}</dt>
        <dd>{t('item.minutes', { count: item.minutesAllotted })}</dd>
        <dt>{t('item.presenter')}</dt>
        <dd>{item.presenter?.name ?? t('item.noPresenter')}</dd>
        {subject ? (
          <>
            <dt>{t('item.subject')}</dt>
            <dd>
              <AppLink to={`/${subject.kind === 'VASTLOPER' ? 'vastlopers' : 'doorbraken'}/${subject.id}`}>{subject.title}</AppLink>
              <br />
              {t('item.subjectLine', {
                kind: t(subject.kind === 'VASTLOPER' ? 'item.vastloper' : 'item.doorbraak'),
                rung: subject.rung ? t(`common:enums.rung.${subject.rung}`) : '—',
                status: t(`common:enums.${subject.kind === 'VASTLOPER' ? 'vastloperStatus' : 'doorbraakStatus'}.${subject.status}`),
              })}
              {subject.confidential ? <span className="db-badge db-badge--error mm-item__mark">{t('item.confidential')}</span> : null}
            </dd>
          </>
        ) : null}
        {item.carriedOverFromId ? (
          <>
            <dt className="db-visually-hidden">{t('item.carriedOverFrom')}</dt>
            <dd className="mm-item__note">{t('item.carriedOverFrom')}</dd>
          </>
        ) : null}
      </dl>
      {item.carriedOverTo ? (
        <Paragraph className="mm-item__note">
          <AppLink to={WEB_PATHS.meeting(item.carriedOverTo.meeting.id)}>
            {t('item.carriedOverTo', { title: item.carriedOverTo.meeting.title, date: formatDate(item.carriedOverTo.meeting.scheduledAt, language) })}
          </AppLink>
        </Paragraph>
      ) : null}

      {can.takeMinutes ? (
        <>
          <MinuteForm item={item} run={minuteFeedback.run} />
          <StatusMessage message={minuteFeedback.feedback} />
        </>
      ) : item.minute ? (
        <Paragraph className="mm-minute-text">{item.minute}</Paragraph>
      ) : null}

      <Heading level={(level + 1) as 3 | 4} id={sub('decisions')}>
        {t('decisions.heading')}
      </Heading>
      {decisions.length > 0 ? <DecisionList decisions={decisions} /> : <Paragraph className="mm-muted">{t('decisions.none')}</Paragraph>}
      {can.recordDecision ? (
        open === 'decision' ? (
          <DecisionForm meetingId={meeting.id} item={item} run={decisionFeedback.run} onClose={() => setOpen(null)} />
        ) : (
          <Button appearance="secondary-action-button" onClick={() => setOpen('decision')} aria-describedby={headingId}>
            {t('decisions.add')}
          </Button>
        )
      ) : null}
      {can.recordDecision ? <StatusMessage message={decisionFeedback.feedback} /> : null}

      <Heading level={(level + 1) as 3 | 4} id={sub('actions')}>
        {t('actionItems.heading')}
      </Heading>
      {actionItems.length > 0 ? <ActionItemList items={actionItems} /> : <Paragraph className="mm-muted">{t('actionItems.none')}</Paragraph>}
      {can.createActionItem ? (
        open === 'actionItem' ? (
          <ActionItemForm meeting={meeting} item={item} run={actionFeedback.run} onClose={() => setOpen(null)} />
        ) : (
          <Button appearance="secondary-action-button" onClick={() => setOpen('actionItem')} aria-describedby={headingId}>
            {t('actionItems.add')}
          </Button>
        )
      ) : null}
      {can.createActionItem ? <StatusMessage message={actionFeedback.feedback} /> : null}

      {can.carryOver && !item.carriedOverTo ? (
        <div className="mm-item__carry">
          <Button
            appearance="subtle-button"
            busy={carrying.loading}
            aria-describedby={headingId}
            onClick={() =>
              void carryFeedback.run(
                t('carryOver.action'),
                () => carryOver({ variables: { id: item.id } }),
                (result) => {
                  const target = result.data?.carryOverAgendaItem.meeting;
                  return t('carryOver.done', { title: item.title, meeting: target?.title ?? '', date: target ? formatDate(target.scheduledAt, language) : '' });
                },
              )
            }
          >
            {t('carryOver.action')}
          </Button>
        </div>
      ) : null}
      <StatusMessage message={carryFeedback.feedback} />
    </section>
  );
};
