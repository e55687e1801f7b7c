import { useMutation, useQuery } from '@apollo/client/react';
import { isIsoDuration, isValidStallTime, MAX_STALL_WORKING_DAYS, type StallTime } from '@doorbraak/domain';
import { toUserError, type EscalationLadderQuery as EscalationLadderData, type RungSettingInput } from '@doorbraak/web-data-access';
import {
  ActionGroup,
  Button,
  DataTable,
  ErrorState,
  formFields,
  FormShell,
  Heading,
  LoadingState,
  Paragraph,
  StatusMessage,
  TextField,
  useFormWithSummary,
} from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EscalationLadderQuery } from '../graphql/escalation-ladder.query';
import { UpdateEscalationLadderMutation } from '../graphql/update-escalation-ladder.mutation';
import { alliancesNamespace } from '../i18n/alliances.translations';

type Setting = EscalationLadderData['escalationLadder'][number];
type StallTimeView = { unit: string; workingDays?: number | null; duration?: string | null };

const stallTimeText = (setting: StallTimeView, t: TFunction): string =>
  setting.unit === 'WORKING_DAYS' ? t('workingDays', { count: setting.workingDays ?? 0 }) : (setting.duration ?? '');

// One text field per rung: empty follows the national default, a whole number is working days, and
// anything else must be an ISO-8601 duration (P3D, PT30S).
const parseStallTime = (value: string): StallTime | null | 'INVALID' => {
  const text = value.trim();
  if (text === '') return null;
  const stallTime: StallTime = /^\d+$/.test(text) ? { unit: 'WORKING_DAYS', workingDays: Number(text) } : { unit: 'DURATION', duration: text.toUpperCase() };
  if (stallTime.unit === 'DURATION' && !isIsoDuration(stallTime.duration)) return 'INVALID';
  return isValidStallTime(stallTime) ? stallTime : 'INVALID';
};

const formValue = (setting: Setting): string => {
  if (!setting.overridden) return '';
  return setting.unit === 'WORKING_DAYS' ? String(setting.workingDays ?? '') : (setting.duration ?? '');
};

type LadderForm = { rungs: { value: string }[] };

export const LadderSettings = ({ allianceId, mayEdit }: { allianceId: string; mayEdit: boolean }) => {
  const { t } = useTranslation([alliancesNamespace, 'common']);
  const { data, error, refetch } = useQuery(EscalationLadderQuery, { variables: { allianceId } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const rungs = data?.escalationLadder ?? [];

  return (
    <section aria-labelledby="ladder-heading" className="db-section">
      <Heading level={2} id="ladder-heading">
        {t('ladder')}
      </Heading>
      {error ? <ErrorState message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} /> : null}
      {!data && !error ? <LoadingState /> : null}
      <StatusMessage message={saved ? { ok: true, text: t('ladderSaved') } : null} />
      {data && editing ? (
        <LadderEditor
          allianceId={allianceId}
          rungs={rungs}
          onDone={(changed) => {
            setEditing(false);
            setSaved(changed);
          }}
        />
      ) : null}
      {data && !editing ? (
        <>
          <DataTable
            id="ladder"
            caption={t('ladderCaption')}
            rows={rungs}
            rowKey={(setting) => setting.rung}
            columns={[
              { header: t('rung'), cell: (setting) => t(`common:enums.rung.${setting.rung}`) },
              { header: t('stallTime'), cell: (setting) => `${stallTimeText(setting, t)} (${setting.overridden ? t('own') : t('default')})` },
              { header: t('nationalDefault'), cell: (setting) => stallTimeText(setting.nationalDefault, t) },
            ]}
          />
          {mayEdit ? (
            <ActionGroup>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('editLadder')}
              </Button>
            </ActionGroup>
          ) : null}
        </>
      ) : null}
    </section>
  );
};

const LadderEditor = ({ allianceId, rungs, onDone }: { allianceId: string; rungs: readonly Setting[]; onDone: (changed: boolean) => void }) => {
  const { t } = useTranslation([alliancesNamespace, 'common']);
  const [update] = useMutation(UpdateEscalationLadderMutation, { refetchQueries: [EscalationLadderQuery], awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z.object({
        rungs: z.array(
          z.object({
            value: z.string().refine((value) => parseStallTime(value) !== 'INVALID', t('stallTimeInvalid', { max: MAX_STALL_WORKING_DAYS })),
          }),
        ),
      }),
    [t],
  );
  const form = useFormWithSummary<LadderForm>({
    resolver: zodResolver(schema),
    defaultValues: { rungs: rungs.map((setting) => ({ value: formValue(setting) })) },
  });
  const { handleSubmit, formState, setFocus } = form;
  const fields = formFields(
    form,
    'ladder',
    Object.fromEntries(rungs.map((setting, index) => [`rungs.${index}.value`, t(`common:enums.rung.${setting.rung}`)])) as Record<`rungs.${number}.value`, string>,
  );
  useEffect(() => setFocus('rungs.0.value'), [setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const input: RungSettingInput[] = [];
    values.rungs.forEach(({ value }, index) => {
      const stallTime = parseStallTime(value);
      if (stallTime && stallTime !== 'INVALID') {
        input.push(
          stallTime.unit === 'WORKING_DAYS'
            ? { rung: rungs[index].rung, workingDays: stallTime.workingDays }
            : { rung: rungs[index].rung, duration: stallTime.duration },
        );
      }
    });
    try {
      await update({ variables: { allianceId, rungs: input } });
      onDone(true);
    } catch (error) {
      setFailure(t(`common:${toUserError(error).messageKey}`));
    }
  });

  return (
    <>
      <FormShell
        onSubmit={onSubmit}
        summary={fields.summary}
        submitCount={formState.submitCount}
        failure={{ title: t('ladderFailed'), message: failure }}
        intro={<Paragraph id="ladder-form-hint">{t('ladderFormHint')}</Paragraph>}
        describedBy="ladder-form-hint"
        submitLabel={t('saveLadder')}
        busy={formState.isSubmitting}
        cancelLabel={t('cancel')}
        onCancel={() => onDone(false)}
      >
        {rungs.map((setting, index) => (
          <TextField
            key={setting.rung}
            {...fields.field(`rungs.${index}.value`)}
            description={t('nationalDefaultIs', { value: stallTimeText(setting.nationalDefault, t) })}
          />
        ))}
      </FormShell>
    </>
  );
};
