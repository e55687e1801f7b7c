import { exportPath, useFileDownload, type ExportFormat } from '@doorbraak/web-data-access';
import { DownloadButtons } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { vastloperFilterFrom } from './url-filters';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

// The list as it is filtered on screen (every page), as a file for one's own reporting.
export const VastloperExport = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const download = useFileDownload();
  const filter = vastloperFilterFrom(params);
  const query = {
    allianceId: filter.allianceId == null ? null : String(filter.allianceId),
    status: filter.statuses?.join(','),
    rung: filter.rung,
    category: filter.category,
    actielijn: filter.actielijn,
    ministry: filter.ministry,
    search: filter.search,
    stalledOnly: filter.stalledOnly ? 'true' : null,
    overdueAtTop: filter.overdueAtTop ? 'true' : null,
  };
  return (
    <div className="db-list-export">
      <DownloadButtons
        busyText={t('export.busy')}
        groups={[{ id: 'vastlopers-export', label: t('export.label'), choices: FORMATS.map((format) => ({ key: format, label: t(`export.${format}`) })) }]}
        onDownload={async (format) => {
          const outcome = await download(exportPath('vastlopers', format as ExportFormat, query), `vastlopers.${format}`);
          return outcome.kind === 'ok'
            ? { ok: true, text: t('export.done', { file: outcome.fileName }) }
            : { ok: false, text: t('export.failed', { reason: t(`common:${outcome.messageKey}`) }) };
        }}
      />
    </div>
  );
};
