import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { type ChartData, formatCategory, formatValue } from './chartData';

/** The accessible view of a chart: the same rows and series, as a table with headers. */
export function ChartTable({ data, caption }: { data: ChartData; caption: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { category, series, rows } = data;
  return (
    <TableContainer sx={{ maxHeight: 320 }}>
      <Table size="small" stickyHeader>
        <caption
          style={{ captionSide: 'top', textAlign: 'left', padding: 0, position: 'absolute', left: -9999 }}
        >
          {caption}
        </caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {translate(category.label)}
            </TableCell>
            {series.map((s) => (
              <TableCell key={s.key} component="th" scope="col" align="right">
                {translate(s.label)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const key = String(row[category.key]);
            return (
              <TableRow key={key}>
                <TableCell component="th" scope="row">
                  {formatCategory(row[category.key], category, locale, translate)}
                </TableCell>
                {series.map((s) => (
                  <TableCell key={s.key} align="right">
                    {formatValue((row[s.key] as number | null | undefined) ?? null, s, locale)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
