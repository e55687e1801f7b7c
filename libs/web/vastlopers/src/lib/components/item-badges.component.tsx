import type { AnswerFlag } from '@doorbraak/web-data-access';
import { useTranslation } from 'react-i18next';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

type ItemBadgesProps = { stalled?: boolean; confidential?: boolean; overdue?: boolean; answerFlag?: AnswerFlag | null };

export const ItemBadges = ({ stalled, confidential, overdue, answerFlag }: ItemBadgesProps) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  return (
    <>
      {answerFlag && answerFlag !== 'NONE' ? <span className="db-badge db-badge--error">{t(`common:enums.answerFlag.${answerFlag}`)}</span> : null}{' '}
      {stalled ? <span className="db-badge db-badge--warning">{t('list.stalled')}</span> : null}{' '}
      {overdue ? <span className="db-badge db-badge--error">{t('list.overdue')}</span> : null}{' '}
      {confidential ? <span className="db-badge">{t('list.confidential')}</span> : null}
    </>
  );
};
