import { INHABITANTS_UNIT, PRIORITY_FACTORS, PRIORITY_WEIGHTS, WORKING_DAYS_STUCK_CAP } from '@doorbraak/domain';
import { formatNumber, Paragraph, UnorderedList, UnorderedListItem } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { nationalNamespace } from '../i18n/national.translations';

// The ranking formula in words, from the same weights the API scores with.
export const PriorityFormula = () => {
  const { t, i18n } = useTranslation(nationalNamespace);
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <details className="db-composer__formula">
      <summary>{t('composer.formula.title')}</summary>
      <Paragraph>{t('composer.formula.intro')}</Paragraph>
      <UnorderedList>
        {PRIORITY_FACTORS.map((factor) => (
          <UnorderedListItem key={factor}>
            {t(`composer.formula.${factor}`, {
              weight: formatNumber(PRIORITY_WEIGHTS[factor], language),
              unit: formatNumber(INHABITANTS_UNIT, language),
              cap: WORKING_DAYS_STUCK_CAP,
            })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </details>
  );
};
