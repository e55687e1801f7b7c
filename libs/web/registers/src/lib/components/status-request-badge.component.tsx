import type { RegisterActionItemFragment } from '@doorbraak/web-data-access';
import { formatDate } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { registersNamespace } from '../i18n/registers.translations';

// "Status gevraagd op …" with whether the owner answered: words, not colour alone.
type Props = { item: Pick<RegisterActionItemFragment, 'statusRequestedAt' | 'noUpdate'>; withDate?: boolean };

export const StatusRequestBadge = ({ item, withDate = true }: Props) => {
  const { t, i18n } = useTranslation(registersNamespace);
  if (!item.statusRequestedAt) return null;
  return (
    <p className="db-register-card__request">
      {withDate ? <span>{t('actionItems.statusRequested', { date: formatDate(item.statusRequestedAt, i18n.resolvedLanguage ?? 'nl') })} </span> : null}
      {item.noUpdate ? (
        <span className="db-badge db-badge--warning">{t('actionItems.noUpdate')}</span>
      ) : (
        <span className="db-badge db-badge--ok">{t('actionItems.answered')}</span>
      )}
    </p>
  );
};
