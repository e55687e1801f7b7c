import { useAuthSession } from '@doorbraak/web-data-access';
import { Alert, Button, Paragraph } from '@doorbraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { briefingNamespace } from '../i18n/briefing.translations';
import { downloadBriefingPdf } from './pdf-download';

// The API authorises the PDF like the query, with the bearer token held in memory: a plain link
// would carry no token, so the file is fetched and handed to the browser as a download.
export const PdfDownload = ({ meetingId }: { meetingId: string }) => {
  const { t } = useTranslation([briefingNamespace, 'common']);
  const session = useAuthSession();
  const [state, setState] = useState<{ busy: boolean; message: { ok: boolean; text: string } | null }>({ busy: false, message: null });

  const download = async () => {
    setState({ busy: true, message: null });
    const outcome = await downloadBriefingPdf(meetingId, () => session.freshAccessToken());
    const reason =
      outcome.kind === 'ok' ? null : outcome.kind === 'unavailable' ? t('pdf.unavailable') : t(`common:${outcome.messageKey}`);
    setState({ busy: false, message: reason === null ? { ok: true, text: t('pdf.done') } : { ok: false, text: t('pdf.failed', { reason }) } });
  };

  return (
    <div className="db-briefing__pdf">
      <Button appearance="primary-action-button" busy={state.busy} onClick={() => void download()}>
        {state.busy ? t('pdf.busy') : t('pdf.download')}
      </Button>
      <Button appearance="secondary-action-button" onClick={() => window.print()}>
        {t('pdf.print')}
      </Button>
      <div role="status" aria-live="polite">
        {state.message ? (
          <Alert type={state.message.ok ? 'ok' : 'error'}>
            <Paragraph>{state.message.text}</Paragraph>
          </Alert>
        ) : null}
      </div>
    </div>
  );
};
