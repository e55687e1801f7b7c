import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, LoadingState, PageHeading, formatNumber } from '@doorbraak/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { summarizeFocusAreas } from './focus-areas.summary';
import { focusAreasQuery, type FocusArea } from './graphql/focus-areas.query';
import { focusAreasNamespace } from './i18n/focus-areas.translations';

const headingId = 'focus-areas-heading';
const captionId = 'focus-areas-caption';

export const FocusAreasPage = () => {
  const { t } = useTranslation(focusAreasNamespace);
  const { data, loading, error, refetch } = useQuery(focusAreasQuery);

  let content;
  if (loading && !data) {
    content = <LoadingState label={t('loading')} />;
  } else if (error || !data) {
    content = (
      <ErrorState
        title={t('errorTitle')}
        message={t('errorMessage')}
        retryLabel={t('retry')}
        // A failed refetch shows up as `error` again; the rejected promise itself carries nothing new.
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else if (data.focusAreas.length === 0) {
    content = <EmptyState title={t('emptyTitle')}>{t('emptyMessage')}</EmptyState>;
  } else {
    content = <FocusAreasTable areas={data.focusAreas} />;
  }

  return (
    <section aria-labelledby={headingId}>
      <PageHeading id={headingId} intro={t('intro')}>
        {t('heading')}
      </PageHeading>
      {content}
    </section>
  );
};

type FocusAreasTableProps = {
  areas: readonly FocusArea[];
};

const FocusAreasTable = ({ areas }: FocusAreasTableProps) => {
  const { t, i18n } = useTranslation(focusAreasNamespace);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const summary = useMemo(() => summarizeFocusAreas(areas), [areas]);

  return (
    <>
      <p className="db-summary" data-testid="focus-areas-summary">
        {t('summary', {
          areas: t('areaCount', { count: summary.count, formatted: formatNumber(summary.count, language) }),
          inhabitants: t('inhabitantCount', {
            count: summary.totalInhabitants,
            formatted: formatNumber(summary.totalInhabitants, language),
          }),
        })}
      </p>
      {/* Focusable scroll region so keyboard users can scroll the table sideways on small screens. */}
      <div className="db-table-wrapper" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="db-table" data-testid="focus-areas-table">
          <caption id={captionId}>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.name')}</th>
              <th scope="col">{t('columns.municipality')}</th>
              <th scope="col">{t('columns.alliance')}</th>
              <th scope="col" className="db-table__numeric">
                {t('columns.inhabitants')}
              </th>
              <th scope="col" className="db-table__numeric">
                {t('columns.wijken')}
              </th>
            </tr>
          </thead>
          <tbody>
            {/* The API returns the programme's own order, which readers know; keep it. */}
            {areas.map((area) => (
              <tr key={area.id} data-slug={area.slug}>
                <th scope="row">{area.name}</th>
                <td>{area.municipality}</td>
                <td>{area.alliance?.name ?? <span className="db-table__muted">{t('noAlliance')}</span>}</td>
                <td className="db-table__numeric">{formatNumber(area.inhabitants, language)}</td>
                <td className="db-table__numeric">{formatNumber(area.wijken, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};
