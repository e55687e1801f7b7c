import { useMutation } from '@apollo/client/react';
import { toUserError, type AnswerFlag, type EscalationRung } from '@doorbraak/web-data-access';
import { AppLink, Button, daysBetween, FailureAlert, FormButtons, Heading, Paragraph, TextareaField } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DeEscalateMutation } from '../graphql/de-escalate.mutation';
import { EscalateMutation } from '../graphql/escalate.mutation';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { ItemBadges } from './item-badges.component';
import { RUNGS, rungAbove, rungBelow } from './ladder';

export type LadderCard = {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly rung: EscalationRung;
  readonly allianceName: string;
  readonly rungEnteredAt: string | null;
  readonly stalled: boolean;
  readonly confidential?: boolean;
  readonly overdue?: boolean;
  readonly answerFlag?: AnswerFlag | null;
  readonly canEscalate: boolean;
  readonly canDeEscalate: boolean;
};

type Move = { id: string; title: string; direction: 'up' | 'down'; to: EscalationRung };

// The ladder as five columns, for vastlopers and doorbraken alike. A card moves with buttons (keyboard
// and pointer alike); each move asks for a reason and calls escalate or deEscalate.
export const LadderColumns = ({ cards, onMoved, testId }: { cards: readonly LadderCard[]; onMoved: () => Promise<unknown>; testId: string }) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [move, setMove] = useState<Move | null>(null);
  const [announcement, setAnnouncement] = useState('');

  return (
    <>
      <div role="status" aria-live="polite" className="db-visually-hidden">
        {announcement}
      </div>
      <div className="db-board" role="region" aria-label={t('board.caption')} tabIndex={0} data-testid={testId}>
        {RUNGS.map((rung) => {
          const column = cards.filter((card) => card.rung === rung);
          return (
            <section key={rung} className="db-board__column" aria-labelledby={`${testId}-${rung}`} data-rung={rung}>
              <Heading level={2} id={`${testId}-${rung}`} appearanceLevel={5}>
                {t(`common:enums.rungHyphenated.${rung}`)} ({column.length})
              </Heading>
              {column.length === 0 ? <Paragraph>{t('board.empty')}</Paragraph> : null}
              <ul className="db-board__list">
                {column.map((card) => {
                  const up = card.canEscalate ? rungAbove(rung) : null;
                  const down = card.canDeEscalate ? rungBelow(rung) : null;
                  return (
                    <li key={card.id} className="db-board__card" data-id={card.id}>
                      <AppLink to={card.href}>{card.title}</AppLink>
                      <p>
                        {card.allianceName}
                        {card.rungEnteredAt ? ` · ${t('board.daysAtRung', { count: daysBetween(card.rungEnteredAt) })}` : ''}
                      </p>
                      {card.stalled || card.confidential || card.overdue || (card.answerFlag && card.answerFlag !== 'NONE') ? (
                        <p>
                          <ItemBadges stalled={card.stalled} confidential={card.confidential} overdue={card.overdue} answerFlag={card.answerFlag} />
                        </p>
                      ) : null}
                      {move?.id === card.id ? (
                        <MoveForm
                          move={move}
                          onCancel={() => setMove(null)}
                          onMoved={async () => {
                            setAnnouncement(t('board.moved', { title: move.title, rung: t(`common:enums.rung.${move.to}`) }));
                            setMove(null);
                            await onMoved();
                          }}
                        />
                      ) : (
                        <div className="db-board__moves">
                          {up ? (
                            <Button appearance="secondary-action-button" className="db-button--small" onClick={() => setMove({ id: card.id, title: card.title, direction: 'up', to: up })}>
                              {t('board.up', { rung: t(`common:enums.rung.${up}`) })}
                              <span className="db-visually-hidden">: {card.title}</span>
                            </Button>
                          ) : null}
                          {down ? (
                            <Button appearance="subtle-button" className="db-button--small" onClick={() => setMove({ id: card.id, title: card.title, direction: 'down', to: down })}>
                              {t('board.down', { rung: t(`common:enums.rung.${down}`) })}
                              <span className="db-visually-hidden">: {card.title}</span>
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
      <FailureAlert message={failure} />
      <FormButtons submitLabel={t('board.confirmMove')} busy={formState.isSubmitting} cancelLabel={t('board.cancel')} onCancel={onCancel} />
    </form>
  );
};
