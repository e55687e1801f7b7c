import { useMutation, useQuery } from '@apollo/client/react';
import { toUserError, useLiveReconnected, useLiveSubscription, type EscalationRung } from '@doorbraak/web-data-access';
import {
  ActionGroup,
  Alert,
  AppLink,
  Button,
  daysBetween,
  ErrorState,
  Heading,
  LoadingState,
  Paragraph,
  TextareaField,
} from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { DeEscalateMutation } from '../graphql/de-escalate.mutation';
import { EscalateMutation } from '../graphql/escalate.mutation';
import { LadderItemChangedSubscription } from '../graphql/ladder-item-changed.subscription';
import { VastlopersQuery } from '../graphql/vastlopers.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { ItemBadges } from './item-badges.component';
import { RUNGS, rungAbove, rungBelow } from './ladder';
import { vastloperFilterFrom } from './url-filters';

type Move = { id: string; title: string; direction: 'up' | 'down'; to: EscalationRung };

// The ladder as five columns. A card moves with buttons (keyboard and pointer alike); each move asks
// for a reason and calls escalate or deEscalate. Moves by others and by the worker arrive live.
export const LadderBoard = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const filter = { ...vastloperFilterFrom(params), rung: undefined };
  const { data, loading, error, refetch } = useQuery(VastlopersQuery, { variables: { filter, first: 100 } });
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  useLiveSubscription(LadderItemChangedSubscription, (event) => {
    if (event.ladderItemChanged.itemType === 'VASTLOPER') reload();
  });
  useLiveReconnected(reload);
  const [move, setMove] = useState<Move | null>(null);
  const [announcement, setAnnouncement] = useState('');

  if (loading && !data) return <LoadingState label={t('list.loading')} />;
  if (error || !data) {
    return (
      <ErrorState
        title={t('list.loadError')}
        message={t(`common:${toUserError(error).messageKey}`)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  const nodes = data.vastlopers.edges.map((edge) => edge.node);

  return (
    <>
      <div role="status" aria-live="polite" className="db-visually-hidden">
        {announcement}
      </div>
      <div className="db-board" role="region" aria-label={t('board.caption')} tabIndex={0} data-testid="ladder-board">
        {RUNGS.map((rung) => {
          const cards = nodes.filter((node) => node.rung === rung);
          return (
            <section key={rung} className="db-board__column" aria-labelledby={`rung-${rung}`} data-rung={rung}>
              <Heading level={2} id={`rung-${rung}`} appearanceLevel={5}>
                {t(`common:enums.rung.${rung}`)} ({cards.length})
              </Heading>
              {cards.length === 0 ? <Paragraph>{t('board.empty')}</Paragraph> : null}
              <ul className="db-board__list">
                {cards.map((node) => {
                  const up = node.viewerCan.escalate ? rungAbove(rung) : null;
                  const down = node.viewerCan.deEscalate ? rungBelow(rung) : null;
                  return (
                    <li key={node.id} className="db-board__card" data-id={node.id}>
                      <AppLink to={`/vastlopers/${node.id}`}>{node.title}</AppLink>
                      <p>
                        {node.alliance.name} · {t('board.daysAtRung', { count: daysBetween(node.rungEnteredAt) })}
                      </p>
                      <p>
                        <ItemBadges stalled={node.stalled} confidential={node.confidential} overdue={node.overdueAtTop} />
                      </p>
                      {move?.id === node.id ? (
                        <MoveForm
                          move={move}
                          onCancel={() => setMove(null)}
                          onMoved={async () => {
                            setAnnouncement(t('board.moved', { title: move.title, rung: t(`common:enums.rung.${move.to}`) }));
                            setMove(null);
                            await refetch();
                          }}
                        />
                      ) : (
                        <div className="db-board__moves">
                          {up ? (
                            <Button appearance="secondary-action-button" onClick={() => setMove({ id: node.id, title: node.title, direction: 'up', to: up })}>
                              {t('board.up', { rung: t(`common:enums.rung.${up}`) })}
                              <span className="db-visually-hidden">: {node.title}</span>
                            </Button>
                          ) : null}
                          {down ? (
                            <Button appearance="subtle-button" onClick={() => setMove({ id: node.id, title: node.title, direction: 'down', to: down })}>
                              {t('board.down', { rung: t(`common:enums.rung.${down}`) })}
                              <span className="db-visually-hidden">: {node.title}</span>
                            </Button>
                          ) : null}
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
};

const MoveForm = ({ move, onCancel, onMoved }: { move: Move; onCancel: () => void; onMoved: () => Promise<void> }) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [escalate] = useMutation(EscalateMutation);
  const [deEscalate] = useMutation(DeEscalateMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(() => z.object({ reason: z.string().trim().min(1, t('common:form.required')) }), [t]);
  const { register, handleSubmit, formState, setFocus } = useForm<{ reason: string }>({ resolver: zodResolver(schema) });
  useEffect(() => setFocus('reason'), [setFocus]);
  const rungName = t(`common:enums.rung.${move.to}`);

  return (
    <form
      noValidate
      className="db-form"
      onSubmit={(event) =>
        void handleSubmit(async ({ reason }) => {
          setFailure(null);
          try {
            const variables = { itemId: move.id, reason: reason.trim() };
            await (move.direction === 'up' ? escalate({ variables }) : deEscalate({ variables }));
            await onMoved();
          } catch (error) {
            setFailure(t(`common:${toUserError(error).messageKey}`));
          }
        })(event)
      }
    >
      <TextareaField
        label={move.direction === 'up' ? t('board.reasonUp', { title: move.title, rung: rungName }) : t('board.reasonDown', { title: move.title, rung: rungName })}
        required
        registration={register('reason')}
        error={formState.errors.reason?.message}
      />
      {failure ? (
        <Alert type="error">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" busy={formState.isSubmitting}>
          {t('board.confirmMove')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('board.cancel')}
        </Button>
      </ActionGroup>
    </form>
  );
};
