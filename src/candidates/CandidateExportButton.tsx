import Download from '@mui/icons-material/Download';
import { Dialog, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useListContext, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { csvColumns, downloadCsv } from '../common/csv';
import { intlLocale } from '../common/format';
import type { Role } from '../types';
import { type ExportProgress, fetchCandidateExport } from './serverExport';

/** Exports every row matching the current filters through the API, with a progress dialog. */
export function CandidateExportButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<{ role: Role } | null>();
  const { filterValues, sort, total } = useListContext();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  if (!permissions?.role || csvColumns('candidates', permissions.role).length === 0) return null;
  const format = (n: number) => new Intl.NumberFormat(intlLocale(locale)).format(n);
  const run = async () => {
    setProgress({ rows: 0, total: null });
    try {
      const blob = await fetchCandidateExport(filterValues, sort, setProgress);
      downloadCsv(blob, 'candidates.csv');
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setProgress(null);
    }
  };
  const percent = progress?.total ? Math.min(100, (progress.rows / progress.total) * 100) : undefined;
  return (
    <>
      <Button
        label="resources.candidates.export.button"
        onClick={run}
        disabled={progress !== null || total === 0}
      >
        <Download />
      </Button>
      <Dialog open={progress !== null} aria-labelledby="candidate-export-title">
        <DialogTitle id="candidate-export-title">
          {translate('resources.candidates.export.title')}
        </DialogTitle>
        <DialogContent sx={{ minWidth: 320 }}>
          <LinearProgress
            variant={percent === undefined ? 'indeterminate' : 'determinate'}
            value={percent}
            aria-label={translate('resources.candidates.export.title')}
          />
          <Typography variant="body2" sx={{ mt: 1 }} role="status">
            {translate('resources.candidates.export.progress', {
              rows: format(progress?.rows ?? 0),
              total: progress?.total === null || progress?.total === undefined ? '…' : format(progress.total),
            })}
          </Typography>
        </DialogContent>
      </Dialog>
    </>
  );
}
