import { toUserError } from '@doorbraak/web-data-access';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';

export type Feedback = { ok: boolean; text: string } | null;

// Runs one command: on success the screen reloads the meeting and says what happened; a refusal shows
// the API's reason by its code, never its message.
export const useFeedback = (onDone: () => Promise<unknown>) => {
  const { t } = useTranslation([meetingModeNamespace, 'common']);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const run = useCallback(
    async <T>(action: string, work: () => Promise<T>, success: string | ((result: T) => string)): Promise<boolean> => {
      setFeedback(null);
      try {
        const result = await work();
        await onDone();
        setFeedback({ ok: true, text: typeof success === 'string' ? success : success(result) });
        return true;
      } catch (error) {
        setFeedback({ ok: false, text: t('failed', { action, reason: t(`common:${toUserError(error).messageKey}`) }) });
        return false;
      }
    },
    [onDone, t],
  );
  return { feedback, run, clear: () => setFeedback(null) };
};
