import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError, useLiveReconnected, useLiveSubscription, useSerialRefetch } from '@doorbraak/web-data-access';
import { ErrorState, LoadingState } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LadderItemChangedSubscription } from '../graphql/ladder-item-changed.subscription';
import { VastlopersQuery } from '../graphql/vastlopers.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { LadderColumns } from './ladder-columns.component';
import { vastloperFilterFrom } from './url-filters';

// The vastlopers on the ladder. Moves by others and by the worker arrive live: a moved card moves at
// once (the event carries the item), and the list is read again for what came or went.
export const LadderBoard = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const filter = { ...vastloperFilterFrom(params), rung: undefined };
  const { data, loading, error, refetch } = useQuery(VastlopersQuery, { variables: { filter, first: 100 } });
  const reload = useSerialRefetch(refetch);
  useLiveSubscription(LadderItemChangedSubscription, (event) => {
    if (event.ladderItemChanged.itemType === 'VASTLOPER') reload();
  });
  useLiveReconnected(reload);

  if (loading && !data) return <LoadingState label={t('list.loading')} />;
  if (error || !data) {
    return <ErrorState title={t('list.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={reload} />;
  }
  const cards = data.vastlopers.edges.map(({ node }) => ({
    id: node.id,
    title: node.title,
    href: WEB_PATHS.vastloper(node.id),
    rung: node.rung,
    allianceName: node.alliance.name,
    rungEnteredAt: node.rungEnteredAt,
    stalled: node.stalled,
    confidential: node.confidential,
    overdue: node.overdueAtTop,
    answerFlag: node.answerTime?.flag ?? null,
    canEscalate: node.viewerCan.escalate,
    canDeEscalate: node.viewerCan.deEscalate,
  }));
  return <LadderColumns cards={cards} onMoved={() => refetch()} testId="ladder-board" />;
};
