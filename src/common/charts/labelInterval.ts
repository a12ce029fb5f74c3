/** A 12 px label's average character width, and the room kept between two labels (estimates). */
export const CHAR_PX = 7;
export const GAP_PX = 12;

/**
 * recharts' `interval` for `count` category labels of at most `longest` characters across
 * `plotWidth` pixels: 0 shows every label, n one label in n + 1, so that the labels shown are at
 * least a label's width apart. Estimated from the text's length, where recharts' own
 * 'preserveStartEnd' measures each label in the DOM (a forced layout per label).
 */
export function labelInterval(count: number, longest: number, plotWidth: number): number {
  const fitting = Math.max(1, Math.floor(plotWidth / (longest * CHAR_PX + GAP_PX)));
  return Math.max(0, Math.ceil(count / fitting) - 1);
}
