import type { EscalationRung } from '@doorbraak/web-data-access';

// Rijkshuisstijl colours (the design tokens --rhc-color-<name>-500). Each stands out at least 3:1 against
// the white background; `text` is the colour of a number printed on it (at least 4.5:1).
export type ChartColour = { fill: string; text: string };

export const COLOURS = {
  lintblauw: { fill: '#154273', text: '#ffffff' },
  donkerblauw: { fill: '#01689b', text: '#ffffff' },
  donkergroen: { fill: '#275937', text: '#ffffff' },
  oranje: { fill: '#e17000', text: '#1b1b1b' },
  violet: { fill: '#a90061', text: '#ffffff' },
} satisfies Record<string, ChartColour>;

// Bottom to top of the ladder, always in this order, so a rung keeps its colour on every chart.
export const RUNG_COLOURS: Record<EscalationRung, ChartColour> = {
  PROGRAMMABUREAU: COLOURS.lintblauw,
  ALLIANTIE: COLOURS.donkerblauw,
  RIJKSVERTEGENWOORDIGER: COLOURS.donkergroen,
  INTERDEPARTEMENTAAL: COLOURS.oranje,
  DOORBRAAKOVERLEG: COLOURS.violet,
};

// Axis text and grid lines.
export const AXIS_TEXT = '#1b1b1b';
export const GRID_LINE = '#cad6e2';
