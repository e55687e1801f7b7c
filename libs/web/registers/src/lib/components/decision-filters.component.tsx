import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import type { MeetingType } from '@doorbraak/web-data-access';
import { ActionGroup, Button, formatDate, SelectField, TextField } from '@doorbraak/web-ui';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { RegisterAlliancesQuery, RegisterMeetingsQuery } from '../graphql/register-options.query';
import { registersNamespace } from '../i18n/registers.translations';
import { amsterdamToday, dayEnd, dayParam, setParams } from './url-params';

export const MEETING_TYPES: MeetingType[] = ['PROGRAMMATEAM', 'ALLIANTIE', 'BESTUURLIJK', 'DOORBRAAKOVERLEG'];
const SEARCH_MAX = 200;

// Every filter of the register; applying writes them to the URL (a new filter starts at the first page).
export const DecisionFilters = () => {
  const { t, i18n } = useTranslation([registersNamespace, 'common']);
  const [params, setSearch] = useSearchParams();
  const allianceId = params.get('alliantie');
  const alliances = useQuery(RegisterAlliancesQuery);
  const meetings = useQuery(RegisterMeetingsQuery, {
    // Decisions are taken during and after a meeting: those held, or under way, up to today.
    variables: { filter: { allianceId: allianceId || null, statuses: ['AGENDA_PUBLISHED', 'HELD', 'MINUTES_APPROVED'], to: dayEnd(amsterdamToday()), order: 'LATEST_FIRST' } },
  });
  const schema = useMemo(
    () =>
      z
        .object({
          zoek: z.string().max(SEARCH_MAX, t('common:form.tooLong', { max: SEARCH_MAX })),
          alliantie: z.string(),
          vergadering: z.string(),
          soort: z.string(),
          van: z.string(),
          tot: z.string(),
        })
        .refine((values) => !values.van || !values.tot || values.van <= values.tot, { path: ['tot'], message: t('decisions.invalidPeriod') }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    values: {
      zoek: params.get('zoek') ?? '',
      alliantie: allianceId ?? '',
      vergadering: params.get('vergadering') ?? '',
      soort: params.get('soort') ?? '',
      van: dayParam(params, 'van') ?? '',
      tot: dayParam(params, 'tot') ?? '',
    },
  });
  const language = i18n.resolvedLanguage ?? 'nl';
  const allianceOptions = alliances.data?.alliances ?? [];
  const meetingOptions = meetings.data?.meetings.edges.map((edge) => edge.node) ?? [];

  return (
    <form
      role="search"
      aria-label={t('decisions.filters')}
      className="db-filters"
      noValidate
      onSubmit={(event) =>
        void handleSubmit((values) =>
          setSearch(
            setParams(params, {
              zoek: values.zoek.trim() || null,
              alliantie: values.alliantie || null,
              // A meeting of another alliance than the one chosen would give nothing.
              vergadering: values.alliantie !== (allianceId ?? '') ? null : values.vergadering || null,
              soort: values.soort || null,
              van: values.van || null,
              tot: values.tot || null,
            }),
          ),
        )(event)
      }
    >
      <TextField type="search" label={t('decisions.search')} description={t('decisions.searchHint')} registration={register('zoek')} error={formState.errors.zoek?.message} />
      {allianceOptions.length > 1 ? (
        <SelectField
          label={t('decisions.alliance')}
          registration={register('alliantie')}
          emptyLabel={t('decisions.all')}
          options={allianceOptions.map((alliance) => ({ value: alliance.id, label: alliance.name }))}
        />
      ) : null}
      <SelectField
        // Mounted again once its options are there, so the meeting from the URL shows as chosen.
        key={meetings.data ? 'meetings' : 'loading'}
        label={t('decisions.meeting')}
        registration={register('vergadering')}
        emptyLabel={t('decisions.all')}
        options={meetingOptions.map((meeting) => ({ value: meeting.id, label: `${formatDate(meeting.scheduledAt, language)} · ${meeting.title}` }))}
      />
      <SelectField
        label={t('decisions.meetingType')}
        registration={register('soort')}
        emptyLabel={t('decisions.all')}
        options={MEETING_TYPES.map((type) => ({ value: type, label: t(`common:enums.meetingType.${type}`) }))}
      />
      <TextField type="date" label={t('decisions.from')} registration={register('van')} error={formState.errors.van?.message} />
      <TextField type="date" label={t('decisions.to')} registration={register('tot')} error={formState.errors.tot?.message} />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('decisions.apply')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => setSearch(new URLSearchParams())}>
          {t('decisions.reset')}
        </Button>
      </ActionGroup>
    </form>
  );
};
