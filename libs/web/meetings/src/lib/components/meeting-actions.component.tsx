import { useMutation, useQuery } from '@apollo/client/react';
import { toUserError, type MeetingStatus } from '@doorbraak/web-data-access';
import {
  ActionGroup,
  Alert,
  Button,
  Dialog,
  DialogForm,
  ErrorSummary,
  formatDateTime,
  Paragraph,
  SelectField,
  TextareaField,
  TextField,
  useFormWithSummary,
} from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CancelMeetingMutation } from '../graphql/cancel-meeting.mutation';
import { MeetingCancellationQuery } from '../graphql/meeting-cancellation.query';
import { UpdateMeetingMutation } from '../graphql/update-meeting.mutation';
import { meetingsNamespace } from '../i18n/meetings.translations';
import { amsterdamParts, dutchDate, typedInstant } from '../utils/amsterdam-time';
import { dateSchema, durationOptions, REASON_MAX, timeSchema } from './meeting-form.schema';
import '../meetings.css';

export type MeetingActionsMeeting = {
  id: string;
  title: string;
  scheduledAt: string;
  durationMinutes: number;
  status: MeetingStatus;
  viewerCan: { manage: boolean };
};

export type MeetingActionsProps = {
  meeting: MeetingActionsMeeting;
  // After a move or a cancellation, e.g. to refetch the page's query (the meeting itself updates in the cache).
  onChanged?: () => unknown;
  // Small buttons, for a table row.
  compact?: boolean;
};

type Open = 'move' | 'cancel' | null;

// Moving and cancelling a meeting that has not been held, for whoever the API allows (viewerCan.manage); nothing for anyone else.
export const MeetingActions = ({ meeting, onChanged, compact = false }: MeetingActionsProps) => {
  const { t, i18n } = useTranslation([meetingsNamespace, 'common']);
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  const language = i18n.resolvedLanguage ?? 'nl';

  // After a cancellation nothing more may be done, but the confirmation stays to be read.
  if (!meeting.viewerCan.manage && !message) {
    return null;
  }
  const when = formatDateTime(meeting.scheduledAt, language);
  const done = (text: string) => {
    setOpen(null);
    setMessage(text);
    void onChanged?.();
  };
  const buttonClass = compact ? 'db-button--small' : undefined;
  // In a list the same buttons repeat per row, so each names its meeting (after the visible word, WCAG 2.5.3).
  const named = (action: string) => `${action}: ${meeting.title}, ${when}`;

  return (
    <div role="group" aria-label={t('actions.group', { title: meeting.title })}>
      <div className="db-meeting-actions">
        {meeting.viewerCan.manage ? (
          <>
            <Button appearance="secondary-action-button" className={buttonClass} aria-label={named(t('actions.move'))} onClick={() => setOpen('move')}>
              {t('actions.move')}
            </Button>
            <Button
              appearance="secondary-action-button"
              hint="danger"
              className={buttonClass}
              aria-label={named(t('actions.cancel'))}
              onClick={() => setOpen('cancel')}
            >
              {t('actions.cancel')}
            </Button>
          </>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {message ? <Paragraph className="db-table__muted db-meeting-actions__message">{message}</Paragraph> : null}
      </div>
      <Dialog open={open === 'move'} title={t('actions.moveTitle', { title: meeting.title })} onClose={() => setOpen(null)}>
        <MoveForm meeting={meeting} onCancel={() => setOpen(null)} onDone={done} />
      </Dialog>
      <Dialog open={open === 'cancel'} title={t('actions.cancelTitle', { title: meeting.title })} onClose={() => setOpen(null)}>
        <CancelForm meeting={meeting} onCancel={() => setOpen(null)} onDone={done} />
      </Dialog>
    </div>
  );
};

type FormProps = { meeting: MeetingActionsMeeting; onCancel: () => void; onDone: (message: string) => void };

const MoveForm = ({ meeting, onCancel, onDone }: FormProps) => {
  const { t, i18n } = useTranslation([meetingsNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  const [update] = useMutation(UpdateMeetingMutation);
  const { failure, attempt } = useFailure();
  const current = amsterdamParts(meeting.scheduledAt);
  const meetingStart = typedInstant(dutchDate(current.date), current.time);
  const schema = useMemo(
    () =>
      z
        .object({
          date: dateSchema(t),
          time: timeSchema(t),
          durationMinutes: z.string(),
        })
        .refine((values) => typedInstant(values.date, values.time) !== null, { path: ['time'], message: t('plan.skippedHour') })
        .refine(
          (values) => typedInstant(values.date, values.time) !== meetingStart || Number(values.durationMinutes) !== meeting.durationMinutes,
          { path: ['date'], message: t('actions.notMoved') },
        ),
    [t, meetingStart, meeting.durationMinutes],
  );
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, formState, setFocus } = useFormWithSummary<Values>({
    resolver: zodResolver(schema),
    defaultValues: { date: dutchDate(current.date), time: current.time, durationMinutes: String(meeting.durationMinutes) },
  });
  const errors = Object.entries(formState.errors).map(([field, error]) => ({ field, message: error?.message ?? '' }));

  const onSubmit = handleSubmit(async (values) => {
    const scheduledAt = typedInstant(values.date, values.time) as string;
    await attempt(t('actions.moveFailed'), async () => {
      await update({ variables: { id: meeting.id, input: { scheduledAt, durationMinutes: Number(values.durationMinutes) } } });
      onDone(t('actions.moved', { title: meeting.title, when: formatDateTime(scheduledAt, language).replace(/ /g, '\u00a0') }));
    });
  });

  return (
    <ActionForm
      intro={t('actions.moveIntro', { when: formatDateTime(meeting.scheduledAt, language) })}
      errors={errors}
      submitCount={formState.submitCount}
      onSelectError={(field) => setFocus(field as keyof Values)}
      failure={failure}
      submitLabel={t('actions.save')}
      submitting={formState.isSubmitting}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <TextField
        label={t('actions.date')}
        description={t('plan.dateFormat')}
        required
        registration={register('date')}
        error={formState.errors.date?.message}
      />
      <TextField label={t('actions.time')} description={t('plan.timeFormat')} required registration={register('time')} error={formState.errors.time?.message} />
      <SelectField label={t('actions.duration')} registration={register('durationMinutes')} options={durationOptions(t, meeting.durationMinutes)} />
    </ActionForm>
  );
};

const CancelForm = ({ meeting, onCancel, onDone }: FormProps) => {
  const { t, i18n } = useTranslation([meetingsNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  const [cancel] = useMutation(CancelMeetingMutation);
  const { failure, attempt } = useFailure();
  const schema = useMemo(
    () => z.object({ reason: z.string().trim().min(1, t('common:form.required')).max(REASON_MAX, t('common:form.tooLong', { max: REASON_MAX })) }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, formState, setFocus } = useFormWithSummary<Values>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const errors = Object.entries(formState.errors).map(([field, error]) => ({ field, message: error?.message ?? '' }));

  const onSubmit = handleSubmit(async (values) => {
    await attempt(t('actions.cancelFailed'), async () => {
      await cancel({ variables: { meetingId: meeting.id, reason: values.reason.trim() } });
      onDone(t('actions.cancelled', { title: meeting.title }));
    });
  });

  return (
    <ActionForm
      intro={t('actions.cancelIntro', { when: formatDateTime(meeting.scheduledAt, language) })}
      notice={<EscalationsNotice meetingId={meeting.id} />}
      errors={errors}
      submitCount={formState.submitCount}
      onSelectError={(field) => setFocus(field as keyof Values)}
      failure={failure}
      submitLabel={t('actions.confirmCancel')}
      danger
      submitting={formState.isSubmitting}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <TextareaField
        label={t('actions.reason')}
        description={t('actions.reasonHint')}
        required
        registration={register('reason')}
        error={formState.errors.reason?.message}
      />
    </ActionForm>
  );
};

// A failed mutation is told inside the dialog, prefixed with what was tried.
const useFailure = () => {
  const { t } = useTranslation('common');
  const [failure, setFailure] = useState<string | null>(null);
  const attempt = async (what: string, work: () => Promise<void>): Promise<void> => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(`${what}: ${t(toUserError(error).messageKey)}`);
    }
  };
  return { failure, attempt };
};

type ActionFormProps = {
  intro: string;
  notice?: ReactNode;
  errors: { field: string; message: string }[];
  submitCount: number;
  onSelectError: (field: string) => void;
  failure: string | null;
  submitLabel: string;
  danger?: boolean;
  submitting: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
};

// The frame both dialogs share: what is about to happen, the error summary, a failure from the API, the fields, and submit or back.
const ActionForm = ({ intro, notice, errors, submitCount, onSelectError, failure, submitLabel, danger, submitting, onSubmit, onCancel, children }: ActionFormProps) => {
  const { t } = useTranslation(meetingsNamespace);
  return (
    <DialogForm
      onSubmit={(event) => void onSubmit(event)}
      actions={
        <ActionGroup>
          <Button type="submit" appearance="primary-action-button" hint={danger ? 'danger' : undefined} busy={submitting} disabled={submitting}>
            {submitLabel}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('actions.back')}
          </Button>
        </ActionGroup>
      }
    >
      <Paragraph>{intro}</Paragraph>
      {notice}
      <ErrorSummary errors={errors} submitCount={submitCount} onSelect={onSelectError} />
      {failure ? (
        <div role="alert">
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        </div>
      ) : null}
      {children}
    </DialogForm>
  );
};

// Where the escalated items on the agenda go: the API names the meeting that would receive them.
const EscalationsNotice = ({ meetingId }: { meetingId: string }) => {
  const { t, i18n } = useTranslation([meetingsNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  // Mounted only while the dialog is open, so the question is asked then, and afresh each time.
  const { data, loading, error } = useQuery(MeetingCancellationQuery, { variables: { id: meetingId }, fetchPolicy: 'network-only' });
  if (loading) {
    return <Paragraph className="db-table__muted">{t('actions.checking')}</Paragraph>;
  }
  if (error || !data) {
    return <Paragraph>{t('actions.escalationsUnknown')}</Paragraph>;
  }
  const count = data.meeting.agenda.filter((item) => item.source === 'ESCALATION' || item.kind === 'ESCALATION').length;
  const target = data.meeting.escalationsMoveTo;
  const text =
    count === 0
      ? t('actions.noEscalations')
      : target
        ? t('actions.escalationsMove', { count, title: target.title, when: formatDateTime(target.scheduledAt, language) })
        : t('actions.escalationsWait', { count });
  return (
    <Alert type="info">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
};
