import { useQuery } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import { ErrorState, Heading, LoadingState, Paragraph, SimilarMatch } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { VastloperSimilarQuery } from '../graphql/vastloper-similar.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

// "Vergelijkbare knelpunten elders": for the roles that bundle items nationally (the page shows it
// only when viewerCan.seeSimilar), loaded apart so the item never waits for it.
export const SimilarItems = ({ vastloperId }: { vastloperId: string }) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const { data, loading, error, refetch } = useQuery(VastloperSimilarQuery, { variables: { id: vastloperId } });
  const matches = data?.vastloper.similar ?? [];
  return (
    <section className="db-section" aria-labelledby="similar-heading">
      <Heading level={2} id="similar-heading">
        {t('similar.title')}
      </Heading>
      <Paragraph>{t('similar.intro')}</Paragraph>
      {loading && !data ? (
        <LoadingState label={t('similar.loading')} />
      ) : error || !data ? (
        <ErrorState title={t('similar.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : matches.length === 0 ? (
        <Paragraph>{t('similar.empty')}</Paragraph>
      ) : (
        <ul className="db-similar-list">
          {matches.map((match) => (
            <li key={match.vastloper.id}>
              <SimilarMatch match={match} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
