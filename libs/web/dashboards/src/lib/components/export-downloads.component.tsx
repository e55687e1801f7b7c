import { downloadFile, useAuthSession } from '@doorbraak/web-data-access';
import { Button, Heading, Paragraph, StatusMessage, type StatusMessageValue } from '@doorbraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dashboardsNamespace } from '../i18n/dashboards.translations';
import { exportPath, type ExportDataset, type ExportFormat } from '../utils/export-path';

const DATASETS: readonly ExportDataset[] = ['vastlopers', 'dossiers'];
const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

// Downloads of what the caller may see, for the ministries' own reporting; filters as on the screen.
export const ExportDownloads = ({ filters = {} }: { filters?: Record<string, string | null | undefined> }) => {
  const { t } = useTranslation([dashboardsNamespace, 'common']);
  const session = useAuthSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<StatusMessageValue>(null);

  const download = async (dataset: ExportDataset, format: ExportFormat) => {
    setBusy(`${dataset}.${format}`);
    setMessage(null);
    const outcome = await downloadFile(exportPath(dataset, format, filters), `${dataset}.${format}`, () => session.freshAccessToken());
    setBusy(null);
    setMessage(
      outcome.kind === 'ok'
        ? { ok: true, text: t('exports.done', { file: outcome.fileName }) }
        : { ok: false, text: t('exports.failed', { reason: t(`common:${outcome.messageKey}`) }) },
    );
  };

  return (
    <section className="db-card db-dashboard__exports" aria-labelledby="exports-title" data-panel="exports">
      <Heading level={2} id="exports-title">
        {t('exports.title')}
      </Heading>
      <Paragraph>{t('exports.intro')}</Paragraph>
      <div className="db-exports">
        {DATASETS.map((dataset) => (
          <div key={dataset} className="db-exports__group" role="group" aria-labelledby={`exports-${dataset}`}>
            <Paragraph id={`exports-${dataset}`} className="db-exports__label">
              {t(`exports.${dataset}`)}
            </Paragraph>
            {FORMATS.map((format) => (
              <Button
                key={format}
                appearance="secondary-action-button"
                busy={busy === `${dataset}.${format}`}
                disabled={busy !== null}
                onClick={() => void download(dataset, format)}
              >
                {t(`exports.${format}`, { what: t(`exports.${dataset}`) })}
              </Button>
            ))}
          </div>
        ))}
      </div>
      <StatusMessage message={busy ? { ok: true, text: t('exports.busy') } : message} />
    </section>
  );
};
