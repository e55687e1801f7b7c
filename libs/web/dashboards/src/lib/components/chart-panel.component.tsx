import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { dashboardsNamespace } from '../i18n/dashboards.translations';
import { BarChart, type BarChartProps } from './bar-chart.component';

export type PanelColumn = { header: string; numeric?: boolean };
// The first value of a row is its header (the category), the rest are its figures.
export type PanelRow = { key: string; values: readonly string[] };

// The chart takes the panel's title, its summary as description and the reader's language.
export type PanelChart = Omit<BarChartProps, 'title' | 'description' | 'language'>;

export type ChartPanelProps = {
  id: string;
  // The key prefix of the panel's title (`.title`) and table caption (`.caption`); the id when left out.
  texts?: string;
  // One or two sentences that say what the chart shows, for whoever does not read charts.
  summary: string;
  // Left out when there is nothing to draw; the summary says so.
  chart: PanelChart | null;
  columns: readonly PanelColumn[];
  rows: readonly PanelRow[];
  wide?: boolean;
};

// A chart with its text summary and, behind a disclosure, the same figures as a table.
export const ChartPanel = ({ id, texts = id, summary, chart, columns, rows, wide }: ChartPanelProps) => {
  const { t, i18n } = useTranslation(dashboardsNamespace);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const title = t(`${texts}.title`);
  const caption = t(`${texts}.caption`);
  return (
    <section className={`db-card db-dashboard__panel${wide ? ' db-dashboard__panel--wide' : ''}`} aria-labelledby={`${id}-title`} data-panel={id}>
      <Heading level={3} id={`${id}-title`}>
        {title}
      </Heading>
      <Paragraph className="db-dashboard__summary" id={`${id}-summary`}>
        {summary}
      </Paragraph>
      {chart ? <BarChart {...chart} title={title} description={summary} language={language} /> : null}
      {rows.length === 0 ? null : (
        <details className="db-dashboard__details">
          <summary>{t('showTable')}</summary>
          <div className="db-table-wrapper" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <Table className="db-table db-table--compact">
              <TableCaption id={`${id}-caption`}>{caption}</TableCaption>
              <TableHeader>
                <TableRow>
                  {columns.map((column) => (
                    <TableHeaderCell key={column.header} scope="col" className={column.numeric ? 'db-table__numeric' : undefined}>
                      {column.header}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.key}>
                    {row.values.map((value, index) =>
                      index === 0 ? (
                        <TableHeaderCell key={index} scope="row">
                          {value}
                        </TableHeaderCell>
                      ) : (
                        <TableCell key={index} className={columns[index]?.numeric ? 'db-table__numeric' : undefined}>
                          {value}
                        </TableCell>
                      ),
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </details>
      )}
    </section>
  );
};
