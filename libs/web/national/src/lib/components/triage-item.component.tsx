import { WEB_PATHS } from '@doorbraak/domain';
import { AppLink, Button, ConfirmAction, formatDate, Heading, Paragraph, SimilarMatch } from '@doorbraak/web-ui';
import type { SimilarityTriageQuery } from '@doorbraak/web-data-access';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nationalNamespace } from '../i18n/national.translations';
import { BundleForm, type BundledDossier } from './bundle-form.component';

export type TriageNode = SimilarityTriageQuery['similarityTriage']['edges'][number]['node'];
export type TriageMatch = TriageNode['similar'][number];

// The matches an item shows before "meer tonen".
export const MATCHES_SHOWN = 3;

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
  onBundled: (dossier: BundledDossier) => void;
}) => {
  const { t, i18n } = useTranslation([nationalNamespace, 'common']);
  const [bundling, setBundling] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const bundleButton = useRef<HTMLButtonElement>(null);
  const wasBundling = useRef(false);
  const language = i18n.resolvedLanguage ?? 'nl';
  const headingId = `triage-${item.id}`;
  const listId = `${headingId}-matches`;
  const hidden = item.similar.length - MATCHES_SHOWN;
  const shown = expanded ? item.similar : item.similar.slice(0, MATCHES_SHOWN);

  // Cancelling the bundle form returns the focus to the button that opened it.
  useEffect(() => {
    if (!bundling && wasBundling.current) bundleButton.current?.focus();
    wasBundling.current = bundling;
  }, [bundling]);

  return (
    <article className="db-card" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        <AppLink to={WEB_PATHS.vastloper(item.id)}>{item.title}</AppLink>
      </Heading>
      <Paragraph>
        {t('triage.reported', { alliance: item.alliance.name, category: t(`common:enums.category.${item.category}`), date: formatDate(item.createdAt, language) })}
      </Paragraph>
      {item.dossier ? (
        <Paragraph>
          {t('triage.inDossier')} <AppLink to={WEB_PATHS.dossier(item.dossier.id)}>{item.dossier.title}</AppLink>
        </Paragraph>
      ) : null}
      <Heading level={3}>{t('triage.matches')}</Heading>
      <ul className="db-similar-list" id={listId}>
        {shown.map((match) => (
          <li key={match.vastloper.id}>
            <SimilarMatch
              compact
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
      {hidden > 0 ? (
        <Button appearance="subtle-button" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('triage.showLess') : t('triage.showMore', { count: hidden })}
          <span className="db-visually-hidden">: {item.title}</span>
        </Button>
      ) : null}
      {canBundle && !item.dossier && !bundling ? (
        <Button ref={bundleButton} appearance="secondary-action-button" aria-describedby={`${headingId}-bundle`} onClick={() => setBundling(true)}>
          {t('triage.bundle.open')}
        </Button>
      ) : null}
      {canBundle && !item.dossier ? (
        <p id={`${headingId}-bundle`} hidden={bundling} className="db-visually-hidden">
          {t('triage.bundle.intro')}
        </p>
      ) : null}
      {bundling ? (
        <BundleForm
          item={item}
          onCancel={() => setBundling(false)}
          onDone={(dossier) => {
            setBundling(false);
            onBundled(dossier);
          }}
        />
      ) : null}
    </article>
  );
};
