import type { NationalDashboardQuery } from '@doorbraak/web-data-access';
import { DataTable, formatDate, Heading, Paragraph } from '@doorbraak/web-ui';
import { COLOURS } from '../utils/palette';
import { heatLevel, heatLevels, type HeatLevel } from '../utils/heat-levels';
import { CountPanel, useFormat } from './figure-panels.component';

type National = NationalDashboardQuery['nationalDashboard'];
type HeatMapRow = National['heatMap'][number];
type UnansweredRow = National['unansweredMinistries'][number];

// Open vastlopers per area (rows) and category (columns): a real table, every cell with its number; the
// shade only adds emphasis, and the legend says what each shade stands for.
export const HeatMapPanel = ({ rows }: { rows: National['heatMap'] }) => {
  const { t, n } = useFormat();
  const categories = rows[0]?.perCategory.map((cell) => cell.category) ?? [];
  const max = Math.max(0, ...rows.flatMap((row) => row.perCategory.map((cell) => cell.open)));
  const levels = heatLevels(max);
  const hottest = rows
    .flatMap((row) => row.perCategory.map((cell) => ({ area: row.allianceName, category: cell.category, open: cell.open })))
    .sort((a, b) => b.open - a.open)[0];
  const summary =
    !hottest || hottest.open === 0
      ? t('noOpen')
      : t('heatMap.summary', { area: hottest.area, category: t(`common:enums.category.${hottest.category}`), count: n(hottest.open) });
  const rangeText = (level: HeatLevel) =>
    level.from === level.to ? n(level.from) : t('heatMap.range', { from: n(level.from), to: n(level.to) });
  return (
    <section className="db-card db-dashboard__panel db-dashboard__panel--wide" aria-labelledby="heatMap-title" data-panel="heatMap">
      <Heading level={3} id="heatMap-title">
        {t('heatMap.title')}
      </Heading>
      <Paragraph className="db-dashboard__summary" id="heatMap-summary">
        {summary}
      </Paragraph>
      <div className="db-heat-map__legend" aria-labelledby="heatMap-legend">
        <span id="heatMap-legend">{t('heatMap.legend')}</span>
        <ul>
          {levels.map((level) => (
            <li key={level.level}>
              <span className={`db-heat-map__swatch db-heat-map__cell--${level.level}`} aria-hidden="true" />
              {rangeText(level)}
            </li>
          ))}
        </ul>
      </div>
      <DataTable
        id="heatMap"
        caption={t('heatMap.caption')}
        className="db-table--compact db-heat-map"
        columns={[
          { header: t('areas.area'), cell: (row: HeatMapRow) => row.allianceName },
          ...categories.map((category) => {
            const open = (row: HeatMapRow) => row.perCategory.find((cell) => cell.category === category)?.open ?? 0;
            return {
              header: t(`common:enums.category.${category}`),
              className: 'db-table__numeric db-table__wrap',
              cell: (row: HeatMapRow) => n(open(row)),
              cellClassName: (row: HeatMapRow) => `db-heat-map__cell--${heatLevel(open(row), max)}`,
            };
          }),
        ]}
        rows={rows}
        rowKey={(row) => row.allianceId}
      />
    </section>
  );
};

// The ministries side by side; the items no ministry owns are said in the summary, as one bar they would dwarf the rest.
export const MinistryPanel = ({ rows }: { rows: National['openPerMinistry'] }) => {
  const { t, n } = useFormat();
  const owned = rows.flatMap((row) => (row.ministry ? [{ ministry: row.ministry, open: row.open }] : []));
  const unowned = rows.find((row) => !row.ministry)?.open ?? 0;
  const top = [...owned].sort((a, b) => b.open - a.open)[0];
  const summary = [
    !top || top.open === 0 ? t('ministries.noneOwned') : t('ministries.summary', { name: t(`common:enums.ministry.${top.ministry}`), count: n(top.open) }),
    unowned > 0 ? t('ministries.unowned', { count: unowned, formatted: n(unowned) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <CountPanel
      id="ministries"
      summary={summary}
      rows={owned.map((row) => ({ key: row.ministry, label: row.ministry, count: row.open }))}
      labelHeader={t('column.ministry')}
      countHeader={t('column.open')}
      colour={COLOURS.lintblauw}
      labelWidth={70}
    />
  );
};

export const LawPanel = ({ rows }: { rows: National['openPerLaw'] }) => {
  const { t, n } = useFormat();
  const top = rows[0];
  const summary = !top ? t('laws.none') : t('laws.summary', { name: top.law, count: top.open, formatted: n(top.open) });
  return (
    <CountPanel
      id="laws"
      summary={summary}
      rows={rows.map((row) => ({ key: row.law, label: row.law, count: row.open }))}
      labelHeader={t('column.law')}
      countHeader={t('column.open')}
      colour={COLOURS.donkerblauw}
      labelWidth={230}
    />
  );
};

// The ministries that have kept open vastlopers waiting longest, as a table: the dates matter more than a shape.
export const UnansweredPanel = ({ rows }: { rows: National['unansweredMinistries'] }) => {
  const { t, n, language } = useFormat();
  return (
    <section className="db-card db-dashboard__panel db-dashboard__panel--wide" aria-labelledby="unanswered-title" data-panel="unanswered">
      <Heading level={3} id="unanswered-title">
        {t('unanswered.title')}
      </Heading>
      <Paragraph className="db-dashboard__summary">{rows.length === 0 ? t('unanswered.none') : t('unanswered.intro')}</Paragraph>
      {rows.length === 0 ? null : (
        <DataTable
          id="unanswered"
          caption={t('unanswered.caption')}
          className="db-table--compact"
          columns={[
            { header: t('column.ministry'), cell: (row: UnansweredRow) => t(`common:enums.ministry.${row.ministry}`) },
            { header: t('unanswered.waiting'), className: 'db-table__numeric db-table__wrap', cell: (row: UnansweredRow) => n(row.waiting) },
            { header: t('unanswered.oldestSince'), className: 'db-table__wrap', cell: (row: UnansweredRow) => formatDate(String(row.oldestSince), language) },
            {
              header: t('unanswered.oldestDays'),
              className: 'db-table__numeric db-table__wrap',
              cell: (row: UnansweredRow) => t('unanswered.days', { count: row.oldestDays, formatted: n(row.oldestDays) }),
            },
          ]}
          rows={rows}
          rowKey={(row) => row.ministry}
        />
      )}
    </section>
  );
};
