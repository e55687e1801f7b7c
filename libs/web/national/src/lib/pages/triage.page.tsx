import { useMutation, useQuery } from '@apollo/client/react';
import { can, WEB_PATHS } from '@doorbraak/domain';
import { MeQuery, toUserError } from '@doorbraak/web-data-access';
import { Button, EmptyState, ErrorState, LoadingState, PageHeading, PageLinks, Paragraph, StatusMessage, type StatusMessageValue } from '@doorbraak/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { TriageFilters } from '../components/triage-filters.component';
import { TriageItem, type TriageMatch, type TriageNode } from '../components/triage-item.component';
import { DismissSimilarMatchMutation } from '../graphql/dismiss-similar-match.mutation';
import { RestoreSimilarMatchMutation } from '../graphql/restore-similar-match.mutation';
import { SimilarityTriageQuery } from '../graphql/similarity-triage.query';
import { nationalNamespace } from '../i18n/national.translations';
import { triageFilterFrom } from '../utils/triage-filter';

const PAGE_SIZE = 10;
// Fetched per item; the first MATCHES_SHOWN show until the person asks for more.
const MATCHES = 10;

type Pair = { vastloperId: string; similarId: string; title: string; other: string };

export const TriagePage = () => {
  const { t } = useTranslation([nationalNamespace, 'common']);
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(SimilarityTriageQuery, {
    variables: { filter: triageFilterFrom(params), first: PAGE_SIZE, after: params.get('na'), matches: MATCHES },
  });
  const [dismiss, dismissing] = useMutation(DismissSimilarMatchMutation);
  const [restore, restoring] = useMutation(RestoreSimilarMatchMutation);
  const [message, setMessage] = useState<StatusMessageValue>(null);
  // The last dismissal, which can be undone until the next one.
  const [undoable, setUndoable] = useState<Pair | null>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const busy = dismissing.loading || restoring.loading;
  const navigate = useNavigate();
  // Opening a dossier is the national coordinator's (a rijksvertegenwoordiger proposes one from their own items).
  const me = useQuery(MeQuery).data?.me;
  const canBundle = Boolean(me && can({ personId: me.id, memberships: me.memberships }, 'dossier.manage', { allianceId: null }));

  // The dismissed match leaves the page, and the focus with it: it goes to the outcome instead.
  useEffect(() => {
    if (message) outcome.current?.focus();
  }, [message]);

  const failed = (reason: unknown) => setMessage({ ok: false, text: t('triage.failed', { reason: t(`common:${toUserError(reason).messageKey}`) }) });

  const onDismiss = async (item: TriageNode, match: TriageMatch) => {
    const pair = { vastloperId: item.id, similarId: match.vastloper.id, title: item.title, other: match.vastloper.title };
    try {
      await dismiss({ variables: { vastloperId: pair.vastloperId, similarId: pair.similarId } });
      await refetch();
      setUndoable(pair);
      setMessage({ ok: true, text: t('triage.dismissed', pair) });
    } catch (reason) {
      setUndoable(null);
      failed(reason);
    }
  };

  const onUndo = async (pair: Pair) => {
    try {
      await restore({ variables: { vastloperId: pair.vastloperId, similarId: pair.similarId } });
      await refetch();
      setUndoable(null);
      setMessage({ ok: true, text: t('triage.restored', pair) });
    } catch (reason) {
      failed(reason);
    }
  };

  const connection = data?.similarityTriage;
  return (
    <section>
      <PageHeading intro={t('triage.intro')}>{t('triage.title')}</PageHeading>
      <TriageFilters />
      <div ref={outcome} tabIndex={-1} className={message ? 'db-triage__outcome' : undefined}>
        <StatusMessage message={message} />
        {undoable ? (
          <Button appearance="secondary-action-button" busy={restoring.loading} onClick={() => void onUndo(undoable)}>
            {t('triage.undo')}
          </Button>
        ) : null}
      </div>
      {loading && !connection ? (
        <LoadingState label={t('triage.loading')} />
      ) : error || !connection ? (
        <ErrorState title={t('triage.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={t('triage.emptyTitle')}>
          <Paragraph>{t('triage.emptyMessage')}</Paragraph>
        </EmptyState>
      ) : (
        <>
          <p className="db-summary" aria-live="polite">
            {t('triage.count', { count: connection.totalCount })}
          </p>
          <div className="db-triage" aria-label={t('triage.caption')} role="list">
            {connection.edges.map(({ node }) => (
              <div role="listitem" key={node.id}>
                <TriageItem
                  item={node}
                  busy={busy}
                  canBundle={canBundle}
                  onDismiss={(item, match) => void onDismiss(item, match)}
                  onBundled={(dossier) =>
                    void navigate(WEB_PATHS.dossier(dossier.id), { state: { message: t('triage.bundle.done', { title: dossier.title, count: dossier.count }) } })
                  }
                />
              </div>
            ))}
          </div>
          <PageLinks label={t('triage.paging')} pageInfo={connection.pageInfo} />
        </>
      )}
    </section>
  );
};
