import { AppLink, Button, ConfirmAction, formatDate, Heading, Paragraph, SimilarMatch } from '@doorbraak/web-ui';
import type { SimilarityTriageQuery } from '@doorbraak/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nationalNamespace } from '../i18n/national.translations';
import { BundleForm } from './bundle-form.component';

export type TriageNode = SimilarityTriageQuery['similarityTriage']['edges'][number]['node'];
export type TriageMatch = TriageNode['similar'][number];

// One new item with its best matches, each of which can be marked "niet vergelijkbaar"; the national
// coordinator can bundle the item with some of them into a new dossier.
export const TriageItem = ({
  item,
  busy,
  canBundle,
  onDismiss,
  onBundled,
}: {
  item: TriageNode;
  busy: boolean;
  canBundle: boolean;
  onDismiss: (item: TriageNode, match: TriageMatch) => void;
  onBundled: (title: string, count: number) => void;
}) => {
  const { t, i18n } = useTranslation([nationalNamespace, 'common']);
  const [bundling, setBundling] = useState(false);
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
      {canBundle && !bundling ? (
        <Button appearance="secondary-action-button" aria-describedby={`${headingId}-bundle`} onClick={() => setBundling(true)}>
          {t('triage.bundle.open')}
        </Button>
      ) : null}
      {canBundle ? (
        <p id={`${headingId}-bundle`} hidden={bundling} className="db-visually-hidden">
          {t('triage.bundle.intro')}
        </p>
      ) : null}
      {bundling ? (
        <BundleForm
          item={item}
          onCancel={() => setBundling(false)}
          onDone={(title, count) => {
            setBundling(false);
            onBundled(title, count);
          }}
        />
      ) : null}
    </article>
  );
};
