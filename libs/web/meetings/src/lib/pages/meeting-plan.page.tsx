import { useMutation, useQuery } from '@apollo/client/react';
import { seriesOccurrences, WEB_PATHS } from '@doorbraak/domain';
import { toUserError, type MeetingType } from '@doorbraak/web-data-access';
import {
  Alert,
  AppLink,
  Button,
  CheckboxField,
  ErrorState,
  ErrorSummary,
  formatDateTime,
  LoadingState,
  PageHeading,
  Paragraph,
  SelectField,
  TextField,
  useFormWithSummary,
} from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { dateSchema, DEFAULT_DURATION, durationOptions, TITLE_MAX, timeSchema } from '../components/meeting-form.schema';
import { CreateMeetingMutation } from '../graphql/create-meeting.mutation';
import { CreateMeetingSeriesMutation } from '../graphql/create-meeting-series.mutation';
import { MeetingPlanningQuery } from '../graphql/meeting-planning.query';
import { meetingsNamespace } from '../i18n/meetings.translations';
import { parseDutchDate, parseTime, typedInstant } from '../utils/amsterdam-time';
import { dateOf } from '../utils/month';

const NATIONAL = 'landelijk';
// A form path per date: a letter first, so the form library never reads a date as an array index.
const dateKey = (date: string): string => `d${date.replaceAll('-', '')}`;
const MAX_INTERVAL_WEEKS = 8;
// Without a last date the API plans a series this far ahead; the preview shows the same dates.
const SERIES_HORIZON_MS = 365 * 86_400_000;

const planSchema = (t: TFunction, now: Date) =>
  z
    .object({
      scope: z.string().min(1, t('common:form.required')),
      type: z.string().min(1, t('common:form.required')),
      title: z.string().trim().max(TITLE_MAX, t('common:form.tooLong', { max: TITLE_MAX })),
      date: dateSchema(t),
      time: timeSchema(t),
      durationMinutes: z.string(),
      location: z.string().trim().max(TITLE_MAX, t('common:form.tooLong', { max: TITLE_MAX })),
      intervalWeeks: z.string(),
      until: z.string().refine((value) => value.trim() === '' || parseDutchDate(value) !== null, t('plan.invalidDate')),
      skipped: z.record(z.string(), z.boolean()),
    })
    .superRefine((values, context) => {
      const first = parseDutchDate(values.date);
      const at = typedInstant(values.date, values.time);
      if (first === null || parseTime(values.time) === null) {
        return;
      }
      if (at === null) {
        context.addIssue({ code: 'custom', path: ['time'], message: t('plan.skippedHour') });
      } else if (Date.parse(at) <= now.getTime()) {
        context.addIssue({ code: 'custom', path: ['date'], message: t('plan.inPast') });
      }
      const last = parseDutchDate(values.until);
      if (values.intervalWeeks !== '0' && last !== null && last < first) {
        context.addIssue({ code: 'custom', path: ['until'], message: t('plan.untilBeforeStart') });
      }
      const dates = values.intervalWeeks !== '0' ? occurrencesOf(values) : null;
      if (dates && dates.every((at) => values.skipped[dateKey(dateOf(at))])) {
        context.addIssue({ code: 'custom', path: ['skipped'], message: t('plan.allSkipped') });
      }
    });

type PlanValues = z.infer<ReturnType<typeof planSchema>>;

// The dates a series would get, as the API plans them (the same rule from the domain library).
const occurrencesOf = (values: Pick<PlanValues, 'date' | 'time' | 'intervalWeeks' | 'until'>): string[] | null => {
  const firstAt = typedInstant(values.date, values.time);
  const firstDate = parseDutchDate(values.date);
  const until = values.until.trim() === '' ? null : parseDutchDate(values.until);
  const intervalWeeks = Number(values.intervalWeeks);
  if (firstAt === null || firstDate === null || intervalWeeks < 1 || (values.until.trim() !== '' && (until === null || until < firstDate))) {
    return null;
  }
  const first = new Date(firstAt);
  return seriesOccurrences(
    { firstAt: first, intervalWeeks, until, exceptions: [] },
    { from: first, to: new Date(first.getTime() + SERIES_HORIZON_MS) },
  ).map((date) => date.toISOString());
};

export const MeetingPlanPage = () => {
  const { t } = useTranslation([meetingsNamespace, 'common']);
  const { data, loading, error, refetch } = useQuery(MeetingPlanningQuery);

  const content = () => {
    if (loading && !data) return <LoadingState label={t('plan.loading')} />;
    if (error || !data) {
      return <ErrorState message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />;
    }
    if (data.meetingPlanning.length === 0) {
      return (
        <Alert type="info">
          <Paragraph>{t('plan.notAllowed')}</Paragraph>
        </Alert>
      );
    }
    return <PlanForm scopes={data.meetingPlanning} />;
  };

  return (
    <section>
      <PageHeading intro={t('plan.intro')}>{t('plan.title')}</PageHeading>
      {content()}
      <Paragraph className="db-section">
        <AppLink to={WEB_PATHS.meetings()}>{t('plan.back')}</AppLink>
      </Paragraph>
    </section>
  );
};

type Scope = { allianceId: string | null; allianceName: string | null; types: MeetingType[] };

const PlanForm = ({ scopes }: { scopes: readonly Scope[] }) => {
  const { t } = useTranslation([meetingsNamespace, 'common']);
  const navigate = useNavigate();
  const [createMeeting] = useMutation(CreateMeetingMutation);
  const [createSeries] = useMutation(CreateMeetingSeriesMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [now] = useState(() => new Date());
  const schema = useMemo(() => planSchema(t, now), [t, now]);
  const first = scopes[0];
  const { register, handleSubmit, formState, setFocus, setError, setValue, getValues, control } = useFormWithSummary<PlanValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      scope: first.allianceId ?? NATIONAL,
      type: first.types.includes('ALLIANTIE') ? 'ALLIANTIE' : first.types[0],
      title: '',
      date: '',
      time: '14:00',
      durationMinutes: String(DEFAULT_DURATION),
      location: '',
      intervalWeeks: '0',
      until: '',
      skipped: {},
    },
  });
  const scopeValue = useWatch({ control, name: 'scope' });
  const typeValue = useWatch({ control, name: 'type' }) as MeetingType;
  const intervalWeeks = useWatch({ control, name: 'intervalWeeks' });
  const scope = scopes.find((candidate) => (candidate.allianceId ?? NATIONAL) === scopeValue) ?? first;
  const series = intervalWeeks !== '0';

  // Another alliance, or the national level, may offer other kinds of meeting.
  useEffect(() => {
    if (!scope.types.includes(getValues('type') as MeetingType)) {
      setValue('type', scope.types.includes('ALLIANTIE') ? 'ALLIANTIE' : scope.types[0]);
    }
  }, [scope, getValues, setValue]);
  const example = `${t(`common:enums.meetingType.${scope.types.includes(typeValue) ? typeValue : scope.types[0]}`)}${scope.allianceName ? ` ${scope.allianceName}` : ''}`;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const scheduledAt = typedInstant(values.date, values.time) as string;
    const base = {
      type: values.type as MeetingType,
      allianceId: values.scope === NATIONAL ? null : values.scope,
      title: values.title.trim() || null,
      scheduledAt,
      durationMinutes: Number(values.durationMinutes),
      location: values.location.trim() || null,
    };
    try {
      if (!series) {
        const result = await createMeeting({ variables: { input: base } });
        if (result.data) await navigate(WEB_PATHS.meeting(result.data.createMeeting.id));
        return;
      }
      const exceptions = (occurrencesOf(values) ?? []).map(dateOf).filter((date) => values.skipped[dateKey(date)]);
      const result = await createSeries({
        variables: { input: { ...base, intervalWeeks: Number(values.intervalWeeks), until: parseDutchDate(values.until), exceptions } },
      });
      const firstMeeting = result.data?.createMeetingSeries.meetings.edges[0]?.node;
      if (firstMeeting) await navigate(WEB_PATHS.meeting(firstMeeting.id));
    } catch (failed) {
      const userError = toUserError(failed);
      const message = t(`common:${userError.messageKey}`);
      if (userError.field && userError.field in values) {
        setError(userError.field as keyof PlanValues, { message }, { shouldFocus: true });
      } else {
        setFailure(message);
      }
    }
  });

  // The skipped dates are one record of boxes, with one message for all of them.
  const messageOf = (error: unknown): string => (error as { message?: string } | undefined)?.message ?? '';
  const errors = Object.entries(formState.errors).map(([field, error]) => ({ field, message: messageOf(error) }));
  const repeatOptions = [
    { value: '0', label: t('plan.once') },
    { value: '1', label: t('plan.everyWeek') },
    ...Array.from({ length: MAX_INTERVAL_WEEKS - 1 }, (_, index) => ({ value: String(index + 2), label: t('plan.everyNWeeks', { count: index + 2 }) })),
  ];

  return (
    <>
      {failure ? (
        <div role="alert">
          <Alert type="error">
            <Paragraph>
              <strong>{t('plan.failed')}.</strong> {failure}
            </Paragraph>
          </Alert>
        </div>
      ) : null}
      <ErrorSummary
        errors={errors}
        submitCount={formState.submitCount}
        onSelect={(field) => (field === 'skipped' ? document.getElementById('occurrences')?.focus() : setFocus(field as keyof PlanValues))}
      />
      <form className="db-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <SelectField
          label={t('plan.scope')}
          required
          registration={register('scope')}
          options={scopes.map((option) => ({ value: option.allianceId ?? NATIONAL, label: option.allianceName ?? t('plan.nationalScope') }))}
        />
        <SelectField
          label={t('plan.type')}
          required
          registration={register('type')}
          error={formState.errors.type?.message}
          options={scope.types.map((type) => ({ value: type, label: t(`common:enums.meetingType.${type}`) }))}
        />
        <TextField
          label={<>{t('plan.titleField')} <span className="db-table__muted">{t('common:form.optional')}</span></>}
          description={t('plan.titleHint', { example })}
          registration={register('title')}
          error={formState.errors.title?.message}
        />
        <TextField
          label={t('plan.date')}
          description={t('plan.dateHint')}
          required
          registration={register('date')}
          error={formState.errors.date?.message}
        />
        <TextField label={t('plan.time')} description={t('plan.timeFormat')} required registration={register('time')} error={formState.errors.time?.message} />
        <SelectField label={t('plan.duration')} registration={register('durationMinutes')} options={durationOptions(t)} />
        <TextField
          label={<>{t('plan.location')} <span className="db-table__muted">{t('common:form.optional')}</span></>}
          description={t('plan.locationHint')}
          registration={register('location')}
          error={formState.errors.location?.message}
        />
        <SelectField label={t('plan.repeat')} registration={register('intervalWeeks')} options={repeatOptions} />
        {series ? (
          <>
            <TextField
              label={<>{t('plan.until')} <span className="db-table__muted">{t('common:form.optional')}</span></>}
              description={t('plan.untilHint')}
              registration={register('until')}
              error={formState.errors.until?.message}
            />
            <Occurrences control={control} register={register} error={messageOf(formState.errors.skipped) || undefined} />
          </>
        ) : null}
        <div>
          <Button type="submit" appearance="primary-action-button" busy={formState.isSubmitting} disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('plan.busy') : series ? t('plan.submitSeries') : t('plan.submit')}
          </Button>
        </div>
      </form>
    </>
  );
};

// The dates of the series, each with a box to skip it (an exception date).
const Occurrences = ({ control, register, error }: { control: Control<PlanValues>; register: UseFormRegister<PlanValues>; error?: string }) => {
  const { t, i18n } = useTranslation([meetingsNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  const [date, time, intervalWeeks, until, skipped] = useWatch({ control, name: ['date', 'time', 'intervalWeeks', 'until', 'skipped'] });
  const dates = useMemo(() => occurrencesOf({ date, time, intervalWeeks, until }), [date, time, intervalWeeks, until]);
  const kept = dates ? dates.filter((at) => !skipped?.[dateKey(dateOf(at))]).length : 0;

  return (
    <fieldset id="occurrences" tabIndex={-1} aria-describedby="occurrences-hint occurrences-count" className="db-section">
      <legend>{t('plan.occurrences')}</legend>
      <Paragraph id="occurrences-hint">{dates ? t('plan.occurrencesHint') : t('plan.occurrencesPending')}</Paragraph>
      {error ? (
        <Paragraph className="utrecht-form-field-error-message" role="alert">
          {error}
        </Paragraph>
      ) : null}
      {dates ? (
        <>
          <ul className="db-occurrences">
            {dates.map((at) => (
              <li key={at}>
                <CheckboxField
                  label={`${t('plan.skip')}: ${formatDateTime(at, language)}`}
                  registration={register(`skipped.${dateKey(dateOf(at))}`)}
                />
              </li>
            ))}
          </ul>
          <Paragraph id="occurrences-count" aria-live="polite">
            {t('plan.occurrenceCount', { count: kept })}
          </Paragraph>
        </>
      ) : (
        <span id="occurrences-count" />
      )}
    </fieldset>
  );
};
