import { useTranslation } from 'react-i18next';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const ItemBadges = ({ stalled, confidential, overdue }: { stalled?: boolean; confidential?: boolean; overdue?: boolean }) => {
  const { t } = useTranslation(vastlopersNamespace);
  return (
    <>
      {stalled ? <span className="db-badge db-badge--warning">{t('list.stalled')}</span> : null}{' '}
      {overdue ? <span className="db-badge db-badge--error">{t('list.overdue')}</span> : null}{' '}
      {confidential ? <span className="db-badge">{t('list.confidential')}</span> : null}
    </>
  );
};
