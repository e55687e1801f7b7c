import { formatNumber } from '@doorbraak/web-ui';
import { useId } from 'react';
import { Bar, BarChart as RechartsBarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TEXT, GRID_LINE, type ChartColour } from '../utils/palette';

export type ChartRow = { label: string } & Record<string, string | number>;

// A second series is hatched as well as coloured, so the two can be told apart without colour.
export type ChartSeries = { key: string; name: string; colour: ChartColour; hatched?: boolean };

export type BarChartProps = {
  title: string;
  description: string;
  data: ChartRow[];
  series: ChartSeries[];
  // Bars from left to right with the labels beside them, or columns with the labels below.
  orientation: 'bars' | 'columns';
  stacked?: boolean;
  language: string;
  // Room for the labels of horizontal bars, in pixels.
  labelWidth?: number;
  // Longer labels are cut with an ellipsis on the axis; the table holds them whole.
  labelMaxLength?: number;
  // Column labels of two words ("jan 2026") on two lines, so twelve months fit side by side at tablet width.
  twoLineLabels?: boolean;
  height?: number;
};

const BAR_SIZE = 22;

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const TICK_FONT_SIZE = 14;

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

// "jan 2026" as "jan" over "2026".
const twoLineTick = ({ x, y, payload }: TickProps) => {
  const [first, ...rest] = String(payload?.value ?? '').split(' ');
  return (
    <text x={x} y={y} textAnchor="middle" fill={AXIS_TEXT} fontSize={TICK_FONT_SIZE}>
      <tspan x={x} dy="0.9em">
        {first}
      </tspan>
      {rest.length > 0 ? (
        <tspan x={x} dy="1.2em">
          {rest.join(' ')}
        </tspan>
      ) : null}
    </text>
  );
};

export const BarChart = ({
  title,
  description,
  data,
  series,
  orientation,
  stacked = false,
  language,
  labelWidth = 180,
  labelMaxLength = 26,
  twoLineLabels = false,
  height,
}: BarChartProps) => {
  const patternPrefix = useId().replace(/:/g, '');
  const number = (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : String(value ?? ''));
  // Zero needs no label on a stacked bar; elsewhere it says the bar is there and empty.
  const label = (value: unknown) => (stacked && value === 0 ? '' : number(value));
  const bars = orientation === 'bars';
  const chartHeight = height ?? (bars ? Math.max(120, data.length * (stacked ? 34 : series.length * BAR_SIZE + 16) + 60) : 300);
  const tick = { fill: AXIS_TEXT, fontSize: TICK_FONT_SIZE };
  const fillOf = (item: ChartSeries) => (item.hatched ? `url(#${patternPrefix}-${item.key})` : item.colour.fill);

  return (
    <div className="db-chart">
      <svg className="db-chart__defs" aria-hidden="true" focusable="false">
        <defs>
          {series
            .filter((item) => item.hatched)
            .map((item) => (
              <pattern key={item.key} id={`${patternPrefix}-${item.key}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#ffffff" />
                <line x1="0" y1="0" x2="0" y2="6" stroke={item.colour.fill} strokeWidth="3" />
              </pattern>
            ))}
        </defs>
      </svg>
      <RechartsBarChart
        responsive
        style={{ width: '100%', height: chartHeight }}
        data={data}
        layout={bars ? 'vertical' : 'horizontal'}
        margin={{ top: bars ? 4 : 24, right: bars ? 40 : 8, bottom: 4, left: 4 }}
        title={title}
        desc={description}
        barCategoryGap={stacked ? 6 : '18%'}
      >
        <CartesianGrid stroke={GRID_LINE} horizontal={!bars} vertical={bars} />
        {bars ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={tick} tickFormatter={number} stroke={AXIS_TEXT} />
            <YAxis
              type="category"
              dataKey="label"
              width={labelWidth}
              tick={tick}
              tickFormatter={(value: string) => cut(value, labelMaxLength)}
              interval={0}
              stroke={AXIS_TEXT}
            />
          </>
        ) : (
          <>
            <XAxis
              type="category"
              dataKey="label"
              tick={twoLineLabels ? twoLineTick : tick}
              height={twoLineLabels ? 44 : 30}
              interval={0}
              stroke={AXIS_TEXT}
            />
            <YAxis type="number" allowDecimals={false} tick={tick} tickFormatter={number} width={40} stroke={AXIS_TEXT} />
          </>
        )}
        <Tooltip formatter={number} />
        {series.length > 1 ? (
          // In the series' own order (the ladder's, for rungs), in text colour: the swatch carries the colour.
          <Legend itemSorter={null} formatter={(value) => <span style={{ color: AXIS_TEXT }}>{value}</span>} />
        ) : null}
        {series.map((item) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.name}
            fill={fillOf(item)}
            stroke={item.colour.fill}
            strokeWidth={item.hatched ? 1.5 : 0}
            stackId={stacked ? 'stack' : undefined}
            maxBarSize={stacked ? 28 : 40}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={item.key}
              position={stacked ? 'center' : bars ? 'right' : 'top'}
              formatter={label}
              fill={stacked ? item.colour.text : AXIS_TEXT}
              fontSize={13}
              fontWeight={600}
            />
          </Bar>
        ))}
      </RechartsBarChart>
    </div>
  );
};
