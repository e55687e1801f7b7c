import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError, useLoadMore, type DecisionRegisterFilter, type MeetingType } from '@doorbraak/web-data-access';
import {
  AppLink,
  EmptyState,
  ErrorState,
  formatDate,
  LoadingState,
  LoadMore,
  PageHeading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DecisionFilters, MEETING_TYPES } from '../components/decision-filters.component';
import { amsterdamToday, dayEnd, dayParam, dayStart } from '../components/url-params';
import { DecisionRegisterQuery } from '../graphql/decision-register.query';
import { registersNamespace } from '../i18n/registers.translations';
import '../registers.css';

// Decisions per page, newest meeting first; "Meer tonen" fetches the next.
export const PAGE_SIZE = 50;

export const decisionFilterFrom = (params: URLSearchParams): DecisionRegisterFilter => {
  const filter: DecisionRegisterFilter = {};
  const text = params.get('zoek')?.trim();
  if (text) filter.text = text;
  const alliance = params.get('alliantie');
  if (alliance) filter.allianceId = alliance;
  const meeting = params.get('vergadering');
  if (meeting) filter.meetingId = meeting;
  const type = params.get('soort');
  if (type && (MEETING_TYPES as string[]).includes(type)) filter.meetingType = type as MeetingType;
  const from = dayParam(params, 'van');
  if (from) filter.from = dayStart(from);
  const to = dayParam(params, 'tot');
  if (to) filter.to = dayEnd(to);
  return filter;
};

export const DecisionsPage = () => {
  const { t } = useTranslation(registersNamespace);
  return (
    <section>
      <PageHeading intro={t('decisions.intro')}>{t('decisions.title')}</PageHeading>
      <DecisionFilters />
      <DecisionList />
    </section>
  );
};

const DecisionList = () => {
  const { t, i18n } = useTranslation([registersNamespace, 'common']);
  const [params] = useSearchParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(DecisionRegisterQuery, { variables: { filter: decisionFilterFrom(params), first: PAGE_SIZE } });
  const more = useLoadMore(data, fetchMore, 'decisionRegister');
  const shown = data;

  if (!shown && loading) return <LoadingState label={t('decisions.loading')} />;
  if (error || !shown) {
    return <ErrorState title={t('decisions.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  const rows = shown.decisionRegister.edges.map((edge) => edge.node);
  if (rows.length === 0) {
    return (
      <EmptyState title={t('decisions.emptyTitle')}>
        <Paragraph>{t('decisions.emptyMessage')}</Paragraph>
      </EmptyState>
    );
  }
  const language = i18n.resolvedLanguage ?? 'nl';
  const today = amsterdamToday();
  // The alliance is named only when the rows come from more than one.
  const manyAlliances = new Set(rows.map((row) => row.alliance?.id ?? null)).size > 1;
  return (
    <>
      <p className="db-summary" aria-live="polite">
        {t('decisions.count', { count: shown.decisionRegister.totalCount })}
      </p>
      <div className="db-table-wrapper" role="region" aria-labelledby="decisions-caption" tabIndex={0}>
        <Table className="db-table db-register-table">
          <TableCaption id="decisions-caption">{t('decisions.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('decisions.columns.meeting')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('decisions.columns.decision')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('decisions.columns.item')}</TableHeaderCell>
              <TableHeaderCell scope="col" className="db-register-table__review">
                {t('decisions.columns.review')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((decision) => {
              const reviewDue = decision.reviewDate !== null && decision.reviewDate <= today && !decision.reviewAgendaItemId;
              return (
                <TableRow key={decision.id} className={reviewDue ? 'db-register-table__due' : undefined}>
                  <TableCell>
                    <AppLink to={WEB_PATHS.meeting(decision.meeting.id)}>{decision.meeting.title}</AppLink>
                    <span className="db-register-table__sub">
                      {formatDate(decision.meeting.scheduledAt, language)} · {t(`common:enums.meetingType.${decision.meeting.type}`)}
                    </span>
                    {manyAlliances ? <span className="db-register-table__sub">{decision.alliance?.name ?? t('decisions.national')}</span> : null}
                  </TableCell>
                  <TableCell>
                    {decision.text}
                    {decision.reviewDate ? (
                      // On a tablet the review date stands under the decision instead of in a column of its own.
                      <span className="db-register-table__sub db-register-table__review-inline">
                        {t('decisions.columns.review')}: <Review decision={decision} due={reviewDue} />
                      </span>
                    ) : null}
                    {decision.outcome ? <span className="db-register-table__sub">{t('decisions.outcome', { outcome: t(`enums.outcome.${decision.outcome}`) })}</span> : null}
                  </TableCell>
                  <TableCell>
                    {decision.item ? (
                      <>
                        <AppLink to={`/${decision.item.kind === 'VASTLOPER' ? 'vastlopers' : 'doorbraken'}/${decision.item.id}`}>{decision.item.title}</AppLink>
                        <span className="db-register-table__sub">{t(`enums.itemKind.${decision.item.kind}`)}</span>
                      </>
                    ) : (
                      <span className="db-table__muted">{t('decisions.noItem')}</span>
                    )}
                  </TableCell>
                  <TableCell className="db-register-table__review">
                    <Review decision={decision} due={reviewDue} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <LoadMore hasMore={more.hasMore} loading={more.loadingMore} onLoadMore={more.loadMore} />
    </>
  );
};

type ReviewProps = { decision: { reviewDate: string | null; reviewAgendaItemId: string | null }; due: boolean };

const Review = ({ decision, due }: ReviewProps) => {
  const { t, i18n } = useTranslation(registersNamespace);
  if (!decision.reviewDate) return <span className="db-table__muted">{t('decisions.noReview')}</span>;
  return (
    <>
      {formatDate(decision.reviewDate, i18n.resolvedLanguage ?? 'nl')}{' '}
      {decision.reviewAgendaItemId ? (
        <span className="db-badge">{t('decisions.reviewPlanned')}</span>
      ) : due ? (
        <span className="db-badge db-badge--warning">{t('decisions.reviewDue')}</span>
      ) : null}
    </>
  );
};
