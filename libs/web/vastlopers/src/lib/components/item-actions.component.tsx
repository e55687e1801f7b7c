import { useMutation } from '@apollo/client/react';
import { toUserError, type EscalationRung } from '@doorbraak/web-data-access';
import {
  ActionGroup,
  Button,
  ConfirmAction,
  formFields,
  FormButtons,
  Heading,
  Paragraph,
  SelectField,
  StatusMessage,
  type StatusMessageValue,
  TextareaField,
  TextField,
} from '@doorbraak/web-ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { AcknowledgeMutation } from '../graphql/acknowledge.mutation';
import { AddProgressMutation } from '../graphql/add-progress.mutation';
import { DeEscalateMutation } from '../graphql/de-escalate.mutation';
import { EscalateMutation } from '../graphql/escalate.mutation';
import { ParkMutation } from '../graphql/park.mutation';
import { ResolveVastloperMutation } from '../graphql/resolve-vastloper.mutation';
import { UnparkMutation } from '../graphql/unpark.mutation';
import { WithdrawMutation } from '../graphql/withdraw.mutation';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { rungAbove, rungBelow } from './ladder';

export type ItemPermissions = {
  update: boolean;
  addProgress: boolean;
  acknowledge: boolean;
  escalate: boolean;
  deEscalate: boolean;
  park: boolean;
  unpark: boolean;
  resolve: boolean;
  withdraw: boolean;
};

type FormAction = 'addProgress' | 'escalate' | 'deEscalate' | 'park' | 'resolve';

export type ItemActionsProps = {
  itemId: string;
  kind: 'vastloper' | 'doorbraak';
  rung: EscalationRung | null;
  can: ItemPermissions;
  doorbraken?: readonly { id: string; title: string }[];
  onDone: () => Promise<unknown>;
  onEdit?: () => void;
};

// Only the actions the API says the viewer may take now (viewerCan); a refusal shows the API's reason.
export const ItemActions = ({ itemId, kind, rung, can, doorbraken = [], onDone, onEdit }: ItemActionsProps) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [open, setOpen] = useState<FormAction | null>(null);
  const [message, setMessage] = useState<StatusMessageValue>(null);
  const [acknowledge, ack] = useMutation(AcknowledgeMutation);
  const [unpark, unparkState] = useMutation(UnparkMutation);
  const [withdraw, withdrawState] = useMutation(WithdrawMutation);

  const run = async (label: string, work: () => Promise<unknown>): Promise<boolean> => {
    setMessage(null);
    try {
      await work();
      await onDone();
      setMessage({ ok: true, text: t('actions.done', { action: label }) });
      return true;
    } catch (error) {
      setMessage({ ok: false, text: `${t('actions.failed', { action: label })}: ${t(`common:${toUserError(error).messageKey}`)}` });
      return false;
    }
  };

  const buttons: { action: FormAction; label: string; allowed: boolean }[] = [
    { action: 'addProgress', label: t('actions.addProgress'), allowed: can.addProgress },
    { action: 'escalate', label: t('actions.escalate'), allowed: can.escalate },
    { action: 'deEscalate', label: t('actions.deEscalate'), allowed: can.deEscalate },
    { action: 'park', label: t('actions.park'), allowed: can.park },
    { action: 'resolve', label: t('actions.resolve'), allowed: can.resolve },
  ];
  const anything = buttons.some((button) => button.allowed) || can.acknowledge || can.unpark || can.withdraw || (can.update && onEdit);

  return (
    <section aria-labelledby="item-actions-heading" className="db-section">
      <Heading level={2} id="item-actions-heading">
        {t('detail.actions')}
      </Heading>
      <StatusMessage message={message} />
      {!anything ? <Paragraph>{t('detail.noActions')}</Paragraph> : null}
      <ActionGroup>
        {can.acknowledge ? (
          <Button
            appearance="primary-action-button"
            busy={ack.loading}
            onClick={() => void run(t('actions.acknowledge'), () => acknowledge({ variables: { itemId } }))}
          >
            {t('actions.acknowledge')}
          </Button>
        ) : null}
        {buttons
          .filter((button) => button.allowed)
          .map((button) => (
            <Button
              key={button.action}
              appearance="secondary-action-button"
              aria-expanded={open === button.action}
              onClick={() => setOpen(open === button.action ? null : button.action)}
            >
              {button.label}
            </Button>
          ))}
        {can.unpark ? (
          <Button
            appearance="secondary-action-button"
            busy={unparkState.loading}
            onClick={() => void run(t('actions.unpark'), () => unpark({ variables: { id: itemId } }))}
          >
            {t('actions.unpark')}
          </Button>
        ) : null}
        {can.update && onEdit ? (
          <Button appearance="secondary-action-button" onClick={onEdit}>
            {t('actions.edit')}
          </Button>
        ) : null}
        {can.withdraw ? (
          <ConfirmAction
            label={kind === 'vastloper' ? t('actions.withdraw') : t('doorbraken.withdraw')}
            question={kind === 'vastloper' ? t('actions.withdrawQuestion') : t('doorbraken.withdrawQuestion')}
            confirmLabel={kind === 'vastloper' ? t('actions.withdrawConfirm') : t('doorbraken.withdrawConfirm')}
            busy={withdrawState.loading}
            onConfirm={() => void run(t('actions.withdraw'), () => withdraw({ variables: { itemId } }))}
          />
        ) : null}
      </ActionGroup>
      {open ? (
        <ActionForm
          key={open}
          action={open}
          itemId={itemId}
          rung={rung}
          doorbraken={doorbraken}
          run={run}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
};

type ActionFormProps = {
  action: FormAction;
  itemId: string;
  rung: EscalationRung | null;
  doorbraken: readonly { id: string; title: string }[];
  run: (label: string, work: () => Promise<unknown>) => Promise<boolean>;
  onClose: () => void;
};

const ActionForm = ({ action, itemId, rung, doorbraken, run, onClose }: ActionFormProps) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [escalate] = useMutation(EscalateMutation);
  const [deEscalate] = useMutation(DeEscalateMutation);
  const [addProgress] = useMutation(AddProgressMutation);
  const [park] = useMutation(ParkMutation);
  const [resolve] = useMutation(ResolveVastloperMutation);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const schema = useMemo(() => {
    const required = z.string().trim().min(1, t('common:form.required'));
    return z.object({
      text: action === 'resolve' ? z.string().optional() : action === 'park' || action === 'escalate' || action === 'deEscalate' || action === 'addProgress' ? required : z.string().optional(),
      until: action === 'park' ? z.string().min(1, t('common:form.invalidDate')) : z.string().optional(),
      doorbraakId: z.string().optional(),
    });
  }, [action, t]);
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({ resolver: zodResolver(schema) });
  const { handleSubmit, formState, setFocus } = form;

  useEffect(() => {
    setFocus(action === 'park' ? 'until' : 'text');
  }, [action, setFocus]);

  const target = rung ? (action === 'escalate' ? rungAbove(rung) : action === 'deEscalate' ? rungBelow(rung) : null) : null;
  const labels: Record<FormAction, string> = {
    addProgress: t('actions.addProgress'),
    escalate: target ? t('board.up', { rung: t(`common:enums.rung.${target}`) }) : t('actions.escalate'),
    deEscalate: target ? t('board.down', { rung: t(`common:enums.rung.${target}`) }) : t('actions.deEscalate'),
    park: t('actions.park'),
    resolve: t('actions.resolve'),
  };

  const onSubmit = handleSubmit(async (values) => {
    const text = values.text?.trim() ?? '';
    const ok = await run(labels[action], () => {
      switch (action) {
        case 'addProgress':
          return addProgress({ variables: { itemId, text } });
        case 'escalate':
          return escalate({ variables: { itemId, reason: text } });
        case 'deEscalate':
          return deEscalate({ variables: { itemId, reason: text } });
        case 'park':
          // The date is a day in Amsterdam; the end of that day is when the clock runs again.
          return park({ variables: { id: itemId, until: new Date(`${values.until}T23:59:00`).toISOString(), reason: text } });
        case 'resolve':
          return resolve({ variables: { id: itemId, resolution: text || null, doorbraakId: values.doorbraakId || null } });
      }
    });
    if (ok) {
      onClose();
    }
  });

  const textLabel =
    action === 'addProgress' ? t('actions.progressText') : action === 'resolve' ? t('actions.resolution') : t('actions.reason');
  const fields = formFields(form, 'item-action', { until: t('actions.parkUntil'), text: textLabel, doorbraakId: t('actions.resolveDoorbraak') });

  return (
    <form className="db-form db-card db-section" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="action-form-heading">
      <Heading level={3} id="action-form-heading" ref={headingRef}>
        {labels[action]}
      </Heading>
      {action === 'park' ? (
        <TextField {...fields.field('until')} type="date" required />
      ) : null}
      <TextareaField {...fields.field('text')} required={action !== 'resolve'} />
      {action === 'resolve' && doorbraken.length > 0 ? (
        <SelectField
          {...fields.field('doorbraakId')}
          emptyLabel={t('actions.noDoorbraak')}
          options={doorbraken.map((doorbraak) => ({ value: doorbraak.id, label: doorbraak.title }))}
        />
      ) : null}
      <FormButtons submitLabel={labels[action]} busy={formState.isSubmitting} cancelLabel={t('actions.cancel')} onCancel={onClose} />
    </form>
  );
};
