import { WEB_PATHS } from '@doorbraak/domain';
import type { RegisterActionItemFragment } from '@doorbraak/web-data-access';
import { AppLink, formatDate } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { registersNamespace } from '../i18n/registers.translations';
import { ActionItemActions } from './action-item-actions.component';
import { StatusRequestBadge } from './status-request-badge.component';

type Props = { item: RegisterActionItemFragment; onChanged: () => Promise<unknown> };

// One row of the list: a deep link to the item, what it is, whose, when due, whether a status was asked.
export const ActionItemCard = ({ item, onChanged }: Props) => {
  const { t, i18n } = useTranslation([registersNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <li className={item.overdue ? 'db-register-card db-register-card--overdue' : 'db-register-card'}>
      <p className="db-register-card__title">
        <AppLink to={WEB_PATHS.actionItem(item.id)}>{item.description}</AppLink>
      </p>
      <p className="db-register-card__meta">
        {item.overdue ? <span className="db-badge db-badge--error">{t('actionItems.overdue')}</span> : null}
        {item.kind === 'COMMITMENT' ? <span className="db-badge">{t('enums.kind.COMMITMENT')}</span> : null}
        {item.status !== 'OPEN' ? <span className="db-badge">{t(`enums.status.${item.status}`)}</span> : null}
        <span>{t('actionItems.due', { date: formatDate(item.dueDate, language) })}</span>
        <span>{item.owner ? t('actionItems.owner', { name: item.owner.name }) : t('actionItems.noOwner')}</span>
        <span>{item.alliance.name}</span>
      </p>
      <StatusRequestBadge item={item} />
      {item.progressNote && item.progressNoteAt ? (
        <p className="db-register-card__note">{t('actionItems.lastNote', { date: formatDate(item.progressNoteAt, language), note: item.progressNote })}</p>
      ) : null}
      {item.completedAt ? <p className="db-register-card__note">{t('actionItems.completedOn', { date: formatDate(item.completedAt, language) })}</p> : null}
      <ActionItemActions item={item} compact onChanged={onChanged} />
    </li>
  );
};
