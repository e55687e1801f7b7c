import { heatLevel, heatLevels } from './heat-levels';

describe('the shades of the heat map', () => {
  it('puts every count in the step the legend gives it', () => {
    for (const max of [1, 2, 3, 4, 7, 10, 13]) {
      const levels = heatLevels(max);
      for (let value = 0; value <= max; value += 1) {
        const level = levels.find((candidate) => candidate.from <= value && value <= candidate.to);
        expect(level?.level).toBe(heatLevel(value, max));
      }
    }
  });

  it('gives an empty cell no shade, the largest the darkest, and leaves out steps no count falls in', () => {
    expect(heatLevel(0, 9)).toBe(0);
    expect(heatLevel(9, 9)).toBe(4);
    expect(heatLevels(2)).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 2, from: 1, to: 1 },
      { level: 4, from: 2, to: 2 },
    ]);
    expect(heatLevels(0)).toEqual([{ level: 0, from: 0, to: 0 }]);
  });
});
