import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError, useLiveReconnected, useLiveSubscription, useSerialRefetch, type EscalationRung } from '@doorbraak/web-data-access';
import { ErrorState, LoadingState } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DoorbrakenQuery } from '../graphql/doorbraken.query';
import { LadderItemChangedSubscription } from '../graphql/ladder-item-changed.subscription';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { LadderColumns, type LadderCard } from './ladder-columns.component';
import { doorbraakFilterFrom } from './url-filters';

// The running doorbraken on the ladder (only a LOPEND doorbraak has a rung), updated live like the
// vastlopers' board.
export const DoorbraakBoard = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const filter = { ...doorbraakFilterFrom(params), rung: undefined, statuses: ['LOPEND' as const] };
  const { data, loading, error, refetch } = useQuery(DoorbrakenQuery, { variables: { filter, first: 100 } });
  const reload = useSerialRefetch(refetch);
  useLiveSubscription(LadderItemChangedSubscription, (event) => {
    if (event.ladderItemChanged.itemType === 'DOORBRAAK') reload();
  });
  useLiveReconnected(reload);

  if (loading && !data) return <LoadingState label={t('doorbraken.loading')} />;
  if (error || !data) {
    return <ErrorState title={t('doorbraken.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={reload} />;
  }
  const cards: LadderCard[] = data.doorbraken.edges
    .filter(({ node }) => node.rung !== null)
    .map(({ node }) => ({
      id: node.id,
      title: node.title,
      href: WEB_PATHS.doorbraak(node.id),
      rung: node.rung as EscalationRung,
      allianceName: node.alliance.name,
      rungEnteredAt: node.rungEnteredAt ?? null,
      stalled: node.stalled,
      canEscalate: node.viewerCan.escalate,
      canDeEscalate: node.viewerCan.deEscalate,
    }));
  return <LadderColumns cards={cards} onMoved={() => refetch()} testId="doorbraak-board" />;
};
