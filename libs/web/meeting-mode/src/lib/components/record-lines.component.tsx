import { formatDate, UnorderedList, UnorderedListItem } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import type { ModeActionItem, ModeDecision } from './meeting-mode.types';

// What a meeting recorded, as read in the minutes and under each agenda item in meeting mode.
export const DecisionList = ({ decisions }: { decisions: readonly ModeDecision[] }) => {
  const { t } = useTranslation(meetingModeNamespace);
  return (
    <UnorderedList className="mm-records">
      {decisions.map((decision) => (
        <UnorderedListItem key={decision.id}>
          {decision.text}
          {decision.outcome ? <span className="db-badge mm-outcome">{t(`outcome.${decision.outcome}`)}</span> : null}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
};

export const ActionItemList = ({ items }: { items: readonly ModeActionItem[] }) => {
  const { t, i18n } = useTranslation(meetingModeNamespace);
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <UnorderedList className="mm-records">
      {items.map((item) => {
        const party = item.committedByPartner?.name ?? (item.committedBy ? t(`party.${item.committedBy}`).toLowerCase() : null);
        return (
          <UnorderedListItem key={item.id}>
            <span className="db-badge">{t(`actionKind.${item.kind}`)}</span>{' '}
            {t('actionItems.line', {
              description: item.description,
              owner: item.owner?.name ?? t('actionItems.noOwner'),
              // A calendar date: formatted at noon so no time zone moves it to another day.
              date: formatDate(`${item.dueDate}T12:00:00Z`, language),
            })}
            {item.kind === 'COMMITMENT' && party ? ` (${t('actionItems.commitmentBy', { party })})` : null}
          </UnorderedListItem>
        );
      })}
    </UnorderedList>
  );
};
