import {
  Alert,
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useCanAccess, useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { downloadCsv } from '../common/csv';
import { Forbidden } from '../layout/Forbidden';
import { toCsv } from '../model/csv';
import type { AppDataProvider } from '../providers/dataProvider';
import type { HttpErrorBody } from '../providers/httpClient';
import { applyServerErrors, IMPORT_COLUMNS, type ImportRow, parseCandidateCsv } from './importRows';

const PREVIEW_ROWS = 200;

/**
 * CSV import: pick a file, see every row checked, download the errors, then import the valid rows
 * in one call. The API refuses the whole batch if one row is wrong, so nothing is half-imported.
 */
export function CandidateImport() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess, isPending } = useCanAccess({ resource: 'candidates', action: 'create' });
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [busy, setBusy] = useState(false);
  const valid = rows.filter((row) => Object.keys(row.errors).length === 0);
  const invalid = rows.length - valid.length;
  const message = (text: string) => translate(text, { _: text });
  // "Field: message", joined, in the reader's typography (French puts a non-breaking space before
  // the colon and the semicolon): worded by the catalogue, never glued here.
  const errorsOf = (row: ImportRow, fieldName: (field: string) => string) =>
    Object.entries(row.errors)
      .map(([field, text]) =>
        translate('resources.candidates.import.field_error', {
          field: fieldName(field),
          message: message(text),
        }),
      )
      .join(translate('resources.candidates.import.error_separator'));

  const read = async (file: File | undefined) => setRows(file ? parseCandidateCsv(await file.text()) : []);
  const report = () => {
    const lines = rows
      .filter((row) => Object.keys(row.errors).length > 0)
      .map((row) => ({
        line: row.line,
        ...row.data,
        // The report names the file's columns, as its header does.
        errors: errorsOf(row, (field) => field),
      }));
    downloadCsv(toCsv(lines, ['line', ...IMPORT_COLUMNS, 'errors']), 'import-errors.csv');
  };
  const submit = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.importCandidates(valid.map((row) => row.data));
      notify('resources.candidates.import.done', {
        type: 'success',
        messageArgs: { smart_count: data.created },
      });
      redirect('list', 'candidates');
    } catch (error) {
      const body = (error as { body?: HttpErrorBody }).body;
      // The API numbers the rows it was sent (the valid ones); the others keep their own errors.
      const errors = body?.errors;
      if (errors) {
        const checked = applyServerErrors(valid, errors);
        setRows((current) => current.map((row) => checked[valid.indexOf(row)] ?? row));
      }
      notify('resources.candidates.import.refused', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  if (isPending) return null;
  if (!canAccess) return <Forbidden />;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.candidates.import.title" />
      <CardContent>
        <Typography variant="h6" component="h1">
          {translate('resources.candidates.import.title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('resources.candidates.import.help', { columns: IMPORT_COLUMNS.join(', ') })}
        </Typography>
        <label>
          {translate('resources.candidates.import.choose')}{' '}
          <input type="file" accept=".csv,text/csv" onChange={(event) => read(event.target.files?.[0])} />
        </label>
        {rows.length > 0 && (
          <Box sx={{ mt: 2 }}>
            <Alert severity={invalid ? 'warning' : 'info'} role="status">
              {translate('resources.candidates.import.summary', { valid: valid.length, invalid })}
            </Alert>
            <Box sx={{ display: 'flex', gap: 1, my: 1 }}>
              <Button
                variant="contained"
                label={translate('resources.candidates.import.submit', { smart_count: valid.length })}
                onClick={submit}
                disabled={busy || valid.length === 0}
              />
              {invalid > 0 && <Button label="resources.candidates.import.error_report" onClick={report} />}
            </Box>
            <Table size="small" aria-label={translate('resources.candidates.import.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.candidates.import.row')}</TableCell>
                  <TableCell>{translate('resources.candidates.fields.name')}</TableCell>
                  <TableCell>{translate('resources.candidates.fields.email')}</TableCell>
                  <TableCell>{translate('resources.candidates.import.errors')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.slice(0, PREVIEW_ROWS).map((row) => (
                  <TableRow key={row.line}>
                    <TableCell>{row.line}</TableCell>
                    <TableCell>{`${row.data.firstName ?? ''} ${row.data.lastName ?? ''}`}</TableCell>
                    <TableCell>{String(row.data.email ?? '')}</TableCell>
                    <TableCell>
                      {Object.keys(row.errors).length === 0
                        ? translate('resources.candidates.import.ok')
                        : errorsOf(row, (field) =>
                            translate(`resources.candidates.fields.${field}`, { _: field }),
                          )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
