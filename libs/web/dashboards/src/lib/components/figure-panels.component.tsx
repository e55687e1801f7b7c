import type { DashboardFiguresFieldsFragment } from '@doorbraak/web-data-access';
import { formatNumber, Heading } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { dashboardsNamespace } from '../i18n/dashboards.translations';
import { listOf, longMonth, shortMonth } from '../utils/months';
import { COLOURS, type ChartColour } from '../utils/palette';
import type { ChartSeries } from './bar-chart.component';
import { ChartPanel } from './chart-panel.component';

type Figures = DashboardFiguresFieldsFragment;

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

// Sentences of a summary, those left empty left out.
const sentences = (...parts: string[]): string => parts.filter(Boolean).join(' ');

// Two series side by side: the first in blue, the second in green and hatched.
const pairOf = (first: Omit<ChartSeries, 'colour'>, second: Omit<ChartSeries, 'colour'>): ChartSeries[] => [
  { ...first, colour: COLOURS.lintblauw },
  { ...second, colour: COLOURS.donkergroen, hatched: true },
];

export const useFormat = () => {
  const { t, i18n } = useTranslation([dashboardsNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return { t, language, n: (value: number) => formatNumber(value, language) };
};

// The four figures at a glance, above the charts.
export const KeyFigures = ({ figures }: { figures: Figures }) => {
  const { t, n } = useFormat();
  const tiles = [
    { key: 'open', value: figures.open },
    { key: 'parked', value: figures.parked },
    { key: 'resolved', value: sum(figures.perMonth.map((month) => month.resolutions)) },
    { key: 'overdue', value: figures.overdueActionItems },
  ];
  return (
    <section aria-labelledby="key-figures-title" className="db-dashboard__key-figures">
      <Heading level={2} id="key-figures-title" className="db-visually-hidden">
        {t('keyFigures')}
      </Heading>
      <dl className="db-dashboard__tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className="db-dashboard__tile" data-figure={tile.key}>
            <dt>{t(`kpi.${tile.key}`)}</dt>
            <dd>{n(tile.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
};

export type CountRow = { key: string; label: string; count: number };

type CountPanelProps = {
  id: string;
  texts?: string;
  summary: string;
  rows: readonly CountRow[];
  // The headers of the label and the count column; the count's also names the bars.
  labelHeader: string;
  countHeader: string;
  colour: ChartColour;
  labelWidth: number;
};

// One count per row: a bar each, and the table of labels and counts. No chart when there are no rows.
export const CountPanel = ({ id, texts, summary, rows, labelHeader, countHeader, colour, labelWidth }: CountPanelProps) => {
  const { n } = useFormat();
  return (
    <ChartPanel
      id={id}
      texts={texts}
      summary={summary}
      columns={[{ header: labelHeader }, { header: countHeader, numeric: true }]}
      rows={rows.map((row) => ({ key: row.key, values: [row.label, n(row.count)] }))}
      chart={
        rows.length === 0 ? null : { orientation: 'bars', data: [...rows], series: [{ key: 'count', name: countHeader, colour }], labelWidth }
      }
    />
  );
};

// Open vastlopers per rung, bottom of the ladder first: the funnel.
export const RungPanel = ({ figures }: { figures: Figures }) => {
  const { t, language, n } = useFormat();
  const parts = figures.perRung.filter((row) => row.count > 0).map((row) => t(`funnel.rung.${row.rung}`, { formatted: n(row.count) }));
  const summary = sentences(
    figures.open === 0 ? t('funnel.none') : t('funnel.summary', { count: figures.open, formatted: n(figures.open), parts: listOf(parts, language) }),
    figures.parked > 0 ? t('funnel.parked', { count: figures.parked, formatted: n(figures.parked) }) : '',
  );
  return (
    <CountPanel
      id="rungs"
      texts="funnel"
      summary={summary}
      rows={figures.perRung.map((row) => ({ key: row.rung, label: t(`common:enums.rung.${row.rung}`), count: row.count }))}
      labelHeader={t('column.rung')}
      countHeader={t('column.count')}
      colour={COLOURS.lintblauw}
      labelWidth={190}
    />
  );
};

export const AgePanel = ({ figures }: { figures: Figures }) => {
  const { t, n } = useFormat();
  const count = (bucket: string) => figures.ageOfOpen.find((row) => row.bucket === bucket)?.count ?? 0;
  const summary =
    figures.open === 0
      ? t('noOpen')
      : t('age.summary', {
          young: n(count('UNDER_1_MONTH')),
          old: n(count('MONTHS_6_TO_12') + count('OVER_12_MONTHS')),
          oldest: n(count('OVER_12_MONTHS')),
        });
  return (
    <CountPanel
      id="age"
      summary={summary}
      rows={figures.ageOfOpen.map((row) => ({ key: row.bucket, label: t(`age.bucket.${row.bucket}`), count: row.count }))}
      labelHeader={t('column.age')}
      countHeader={t('column.count')}
      colour={COLOURS.donkerblauw}
      labelWidth={130}
    />
  );
};

export const FlowPanel = ({ figures }: { figures: Figures }) => {
  const { t, language, n } = useFormat();
  const escalations = sum(figures.perMonth.map((row) => row.escalations));
  const resolutions = sum(figures.perMonth.map((row) => row.resolutions));
  const busiest = [...figures.perMonth].sort((a, b) => b.escalations - a.escalations)[0];
  const summary = sentences(
    t('flow.summary', {
      escalations: t('flow.escalationCount', { count: escalations, formatted: n(escalations) }),
      resolutions: t('flow.resolutionCount', { count: resolutions, formatted: n(resolutions) }),
    }),
    busiest && busiest.escalations > 0 ? t('flow.busiest', { month: longMonth(busiest.month, language), count: n(busiest.escalations) }) : '',
  );
  return (
    <ChartPanel
      id="flow"
      wide
      summary={summary}
      columns={[{ header: t('column.month') }, { header: t('flow.escalations'), numeric: true }, { header: t('flow.resolutions'), numeric: true }]}
      rows={figures.perMonth.map((row) => ({ key: row.month, values: [longMonth(row.month, language), n(row.escalations), n(row.resolutions)] }))}
      chart={{
        orientation: 'columns',
        data: figures.perMonth.map((row) => ({ label: shortMonth(row.month, language), escalations: row.escalations, resolutions: row.resolutions })),
        series: pairOf({ key: 'escalations', name: t('flow.escalations') }, { key: 'resolutions', name: t('flow.resolutions') }),
        twoLineLabels: true,
        height: 340,
      }}
    />
  );
};

type GroupRow = { key: string; label: string; open: number; resolved: number };

const GroupPanel = ({ id, rows, labelWidth }: { id: 'actielijn' | 'category'; rows: GroupRow[]; labelWidth: number }) => {
  const { t, n } = useFormat();
  const top = [...rows].sort((a, b) => b.open - a.open)[0];
  const resolved = sum(rows.map((row) => row.resolved));
  const summary = !top || top.open === 0 ? t('noOpen') : t(`${id}.summary`, { name: top.label, count: n(top.open), resolved: n(resolved) });
  return (
    <ChartPanel
      id={id}
      summary={summary}
      columns={[{ header: t(`column.${id}`) }, { header: t('column.open'), numeric: true }, { header: t('column.resolved'), numeric: true }]}
      rows={rows.map((row) => ({ key: row.key, values: [row.label, n(row.open), n(row.resolved)] }))}
      chart={{
        orientation: 'bars',
        data: rows,
        series: pairOf({ key: 'open', name: t('column.open') }, { key: 'resolved', name: t('column.resolved') }),
        labelWidth,
      }}
    />
  );
};

export const ActielijnPanel = ({ figures }: { figures: Figures }) => {
  const { t } = useFormat();
  const rows = figures.perActielijn.map((row) => ({ key: row.actielijn, label: t(`common:enums.actielijn.${row.actielijn}`), open: row.open, resolved: row.resolved }));
  return <GroupPanel id="actielijn" rows={rows} labelWidth={180} />;
};

export const CategoryPanel = ({ figures }: { figures: Figures }) => {
  const { t } = useFormat();
  const rows = figures.perCategory.map((row) => ({ key: row.category, label: t(`common:enums.category.${row.category}`), open: row.open, resolved: row.resolved }));
  return <GroupPanel id="category" rows={rows} labelWidth={170} />;
};

// Overdue action items per partner (an alliance) or per kind of partner (nationally), most first.
export const OverduePanel = ({ id, rows, total }: { id: 'partners' | 'partnerTypes'; rows: CountRow[]; total: number }) => {
  const { t, n } = useFormat();
  const top = rows[0];
  const summary = !top ? t('partners.none') : t('partners.summary', { count: total, total: n(total), name: top.label, top: n(top.count) });
  return (
    <CountPanel
      id={id}
      summary={summary}
      rows={rows}
      labelHeader={t(id === 'partners' ? 'column.partner' : 'column.partnerType')}
      countHeader={t('column.overdue')}
      colour={COLOURS.oranje}
      labelWidth={200}
    />
  );
};

// The panels both dashboards share, in reading order.
export const FigurePanels = ({ figures }: { figures: Figures }) => (
  <>
    <RungPanel figures={figures} />
    <AgePanel figures={figures} />
    <FlowPanel figures={figures} />
    <ActielijnPanel figures={figures} />
    <CategoryPanel figures={figures} />
  </>
);
