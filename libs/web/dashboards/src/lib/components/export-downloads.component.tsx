import { exportPath, useFileDownload, type ExportDataset, type ExportFormat } from '@doorbraak/web-data-access';
import { DownloadButtons, Heading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { dashboardsNamespace } from '../i18n/dashboards.translations';

const DATASETS: readonly ExportDataset[] = ['vastlopers', 'dossiers'];
const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

// Downloads of everything the caller may see, for the ministries' own reporting.
export const ExportDownloads = () => {
  const { t } = useTranslation([dashboardsNamespace, 'common']);
  const download = useFileDownload();
  return (
    <section className="db-card db-dashboard__exports" aria-labelledby="exports-title" data-panel="exports">
      <Heading level={2} id="exports-title">
        {t('exports.title')}
      </Heading>
      <Paragraph>{t('exports.intro')}</Paragraph>
      <DownloadButtons
        busyText={t('exports.busy')}
        groups={DATASETS.map((dataset) => ({
          id: dataset,
          label: t(`exports.${dataset}`),
          choices: FORMATS.map((format) => ({ key: `${dataset}.${format}`, label: t(`exports.${format}`, { what: t(`exports.${dataset}`) }) })),
        }))}
        onDownload={async (key) => {
          const [dataset, format] = key.split('.') as [ExportDataset, ExportFormat];
          const outcome = await download(exportPath(dataset, format, {}), key);
          return outcome.kind === 'ok'
            ? { ok: true, text: t('exports.done', { file: outcome.fileName }) }
            : { ok: false, text: t('exports.failed', { reason: t(`common:${outcome.messageKey}`) }) };
        }}
      />
    </section>
  );
};
