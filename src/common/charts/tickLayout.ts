import { CHAR_PX, GAP_PX } from './labelInterval';

/** A line of 12 px text, and the most lines a category label may take before it is slanted. */
export const LINE_PX = 14;
const MAX_LINES = 3;
/** The angle of slanted labels, and the longest one shown whole (longer ones end in "…"). */
export const SLANT_DEGREES = -40;
export const SLANT_MAX_CHARS = 16;
/** recharts' default height of a category axis: one line of labels and the tick marks. */
const AXIS_PX = 30;

export type TickLayout =
  | { kind: 'lines'; lines: Map<string, string[]>; height: number }
  | { kind: 'slanted'; height: number };

/** `label` in lines of at most `width` characters, cut between words; null when a word is longer. */
function wrap(label: string, width: number): string[] | null {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (word.length > width) return null;
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * How every label of a category axis stays apart from its neighbours across `slotPx` pixels each:
 * on one line when they fit, else cut between words onto up to three lines, else slanted. Widths are
 * estimated from the text's length (CHAR_PX), as labelInterval does, so no label is measured in the DOM.
 */
export function categoryTickLayout(labels: readonly string[], slotPx: number): TickLayout {
  const width = Math.floor((slotPx - GAP_PX) / CHAR_PX);
  const lines = new Map<string, string[]>();
  for (const label of labels) {
    const wrapped = wrap(label, width);
    if (wrapped === null || wrapped.length > MAX_LINES) {
      const longest = Math.min(SLANT_MAX_CHARS, Math.max(...labels.map((l) => l.length)));
      const sine = Math.sin((Math.abs(SLANT_DEGREES) * Math.PI) / 180);
      return { kind: 'slanted', height: Math.ceil(longest * CHAR_PX * sine + LINE_PX + 10) };
    }
    lines.set(label, wrapped);
  }
  const most = Math.max(1, ...[...lines.values()].map((l) => l.length));
  return { kind: 'lines', lines, height: AXIS_PX + (most - 1) * LINE_PX };
}
