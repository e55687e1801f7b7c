import { AppLink, ConfirmAction, formatDate, Heading, Paragraph, SimilarMatch } from '@doorbraak/web-ui';
import type { SimilarityTriageQuery } from '@doorbraak/web-data-access';
import { useTranslation } from 'react-i18next';
import { nationalNamespace } from '../i18n/national.translations';

export type TriageNode = SimilarityTriageQuery['similarityTriage']['edges'][number]['node'];
export type TriageMatch = TriageNode['similar'][number];

// One new item with its best matches, each of which can be marked "niet vergelijkbaar".
export const TriageItem = ({
  item,
  busy,
  onDismiss,
}: {
  item: TriageNode;
  busy: boolean;
  onDismiss: (item: TriageNode, match: TriageMatch) => void;
}) => {
  const { t, i18n } = useTranslation([nationalNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  const headingId = `triage-${item.id}`;
  return (
    <article className="db-card" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        <AppLink to={`/vastlopers/${item.id}`}>{item.title}</AppLink>
      </Heading>
      <Paragraph>
        {t('triage.reported', { alliance: item.alliance.name, category: t(`common:enums.category.${item.category}`), date: formatDate(item.createdAt, language) })}
      </Paragraph>
      <Heading level={3}>{t('triage.matches')}</Heading>
      <ul className="db-similar-list">
        {item.similar.map((match) => (
          <li key={match.vastloper.id}>
            <SimilarMatch
              match={match}
              actions={
                <ConfirmAction
                  label={t('triage.dismiss')}
                  question={t('triage.dismissQuestion', { title: item.title, other: match.vastloper.title })}
                  confirmLabel={t('triage.dismissConfirm')}
                  busy={busy}
                  onConfirm={() => onDismiss(item, match)}
                />
              }
            />
          </li>
        ))}
      </ul>
    </article>
  );
};
