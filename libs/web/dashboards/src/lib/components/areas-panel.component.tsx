import type { NationalDashboardQuery } from '@doorbraak/web-data-access';
import { formatNumber } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { dashboardsNamespace } from '../i18n/dashboards.translations';
import { RUNG_COLOURS } from '../utils/palette';
import { ChartPanel } from './chart-panel.component';

type Area = NationalDashboardQuery['nationalDashboard']['areas'][number];

// The areas side by side: one bar per area, its open vastlopers stacked per rung in the ladder's order.
export const AreasPanel = ({ areas }: { areas: readonly Area[] }) => {
  const { t, i18n } = useTranslation([dashboardsNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const n = (value: number) => formatNumber(value, language);
  const rungs = areas[0]?.perRung.map((row) => row.rung) ?? [];
  const open = areas.reduce((total, area) => total + area.open, 0);
  const top = [...areas].sort((a, b) => b.open - a.open)[0];
  const summary = top
    ? t('areas.summary', {
        open: t('areas.openCount', { count: open, formatted: n(open) }),
        areas: t('areas.areaCount', { count: areas.length, formatted: n(areas.length) }),
        name: top.allianceName,
        count: n(top.open),
      })
    : t('noOpen');
  return (
    <ChartPanel
      id="areas"
      wide
      summary={summary}
      columns={[
        { header: t('areas.area') },
        ...rungs.map((rung) => ({ header: t(`common:enums.rung.${rung}`), numeric: true })),
        { header: t('areas.total'), numeric: true },
        { header: t('kpi.overdue'), numeric: true },
      ]}
      rows={areas.map((area) => ({
        key: area.allianceId,
        values: [area.allianceName, ...area.perRung.map((row) => n(row.count)), n(area.open), n(area.overdueActionItems)],
      }))}
      chart={{
        orientation: 'bars',
        stacked: true,
        labelWidth: 230,
        labelMaxLength: 44,
        data: areas.map((area) => ({
          label: area.allianceName,
          ...Object.fromEntries(area.perRung.map((row) => [row.rung, row.count])),
        })),
        series: rungs.map((rung) => ({ key: rung, name: t(`common:enums.rung.${rung}`), colour: RUNG_COLOURS[rung] })),
      }}
    />
  );
};
