import { csvCell } from '../model/csv';
import type { ChartData } from './chartData';

/**
 * CSV of exactly the numbers a chart plots: machine-readable values (ISO dates, dot decimals, no
 * thousands separators), headers and labels in the reader's language, cells neutralised by the
 * app's one CSV writer (src/model/csv.ts).
 */
export function chartCsv(data: ChartData, translate: (key: string) => string): string {
  const { category, series, rows } = data;
  const header = [category, ...series].map((column) => csvCell(translate(column.label)));
  const lines = rows.map((row) => {
    const raw = row[category.key];
    const label =
      category.kind === 'enum' && raw !== null ? translate(`${category.prefix ?? ''}${raw}`) : raw;
    return [csvCell(label), ...series.map((s) => csvCell(row[s.key]))].join(',');
  });
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
