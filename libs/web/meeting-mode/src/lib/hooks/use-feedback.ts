import { toUserError } from '@doorbraak/web-data-access';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';

export type Feedback = { ok: boolean; text: string } | null;

// Runs one command: on success the screen says what happened and reloads the meeting; a refusal shows
// the API's reason by its code, never its message. The command's outcome is the mutation's: a reload that
// is overtaken (a live update reads the meeting at the same moment) neither hides the success nor
// reports the command as failed.
export const useFeedback = (onDone: () => Promise<unknown>) => {
  const { t } = useTranslation([meetingModeNamespace, 'common']);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const run = useCallback(
    async <T>(action: string, work: () => Promise<T>, success: string | ((result: T) => string)): Promise<boolean> => {
      setFeedback(null);
      let result: T;
      try {
        result = await work();
      } catch (error) {
        setFeedback({ ok: false, text: t('failed', { action, reason: t(`common:${toUserError(error).messageKey}`) }) });
        return false;
      }
      setFeedback({ ok: true, text: typeof success === 'string' ? success : success(result) });
      await onDone().catch(() => undefined);
      return true;
    },
    [onDone, t],
  );
  return { feedback, run, clear: () => setFeedback(null) };
};
