/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), ordered per theme so the first
 * series keep at least 3:1 contrast with the background; lines also differ by dash, never by colour
 * alone.
 */
const LIGHT = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const DARK = ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#F0E442', '#D55E00'];

export function seriesColours(mode: 'light' | 'dark'): readonly string[] {
  return mode === 'dark' ? DARK : LIGHT;
}
