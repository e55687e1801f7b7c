// The shades of the heat map: 0 for an empty cell, then four steps up to the largest count.
export const HEAT_STEPS = 4;

export type HeatLevel = { level: number; from: number; to: number };

export const heatLevel = (value: number, max: number): number => (value <= 0 || max <= 0 ? 0 : Math.min(HEAT_STEPS, Math.ceil((value * HEAT_STEPS) / max)));

// The counts each shade stands for, for the legend; a step no whole count falls in is left out.
export const heatLevels = (max: number): HeatLevel[] => {
  const levels: HeatLevel[] = [{ level: 0, from: 0, to: 0 }];
  for (let level = 1; level <= HEAT_STEPS && max > 0; level += 1) {
    const from = Math.floor(((level - 1) * max) / HEAT_STEPS) + 1;
    const to = Math.floor((level * max) / HEAT_STEPS);
    if (from <= to) levels.push({ level, from, to });
  }
  return levels;
};
