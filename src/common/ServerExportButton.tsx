import Download from '@mui/icons-material/Download';
import { Dialog, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import {
  useFilterContext,
  useListContext,
  useLogoutIfAccessDenied,
  usePermissions,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { csvColumns, exportScope } from '../model/csv';
import { numberFormat } from '../model/format';
import type { ResourceName, Role } from '../model/types';
import { Button } from './Button';
import { downloadCsv } from './csv';
import { ExportScopeDialog } from './ExportScopeDialog';
import { type ExportProgress, fetchExport } from './serverExport';
import { useIntlLocale } from './useIntlLocale';
import { useNotifyFailure } from './useNotifyFailure';
import { refusedWholeNumbers } from './wholeNumberFilter';

/**
 * "Export all": every row matching the list's filters, exported by the API (never fetched page by
 * page in the browser) with the role's columns, behind a progress dialog. Hidden from roles that
 * may export nothing of the resource. When the role's export holds fewer rows than the list (a
 * recruiter's candidates: masked profiles stay out), a dialog says so, with the counts, first.
 */
export function ServerExportButton() {
  const translate = useTranslate();
  const notifyFailure = useNotifyFailure();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const locale = useIntlLocale();
  const resource = useResourceContext() as ResourceName;
  const { permissions } = usePermissions<{ role: Role } | null>();
  const { filterValues, sort, total } = useListContext();
  const filterInputs = useFilterContext();
  // What the list's request leaves out (a decimal from the address) stays out of the export too.
  const filter = { ...filterValues, ...refusedWholeNumbers(filterInputs, filterValues) };
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [explaining, setExplaining] = useState(false);
  if (!permissions?.role || csvColumns(resource, permissions.role).length === 0) return null;
  const scope = exportScope(resource, permissions.role);
  const format = (n: number) => numberFormat(locale).format(n);
  const run = async () => {
    setProgress({ rows: 0, total: null });
    try {
      downloadCsv(await fetchExport(resource, filter, sort, setProgress), `${resource}.csv`);
    } catch (error) {
      // Not a data provider call, so react-admin does not check the error itself: a 401 of the
      // current session signs out (and says so) as any other request's does.
      if (await logoutIfAccessDenied(error)) return;
      notifyFailure(error);
    } finally {
      setProgress(null);
    }
  };
  const percent = progress?.total ? Math.min(100, (progress.rows / progress.total) * 100) : undefined;
  const title = translate('app.export.title', {
    name: translate(`resources.${resource}.name`, { smart_count: 2 }),
  });
  return (
    <>
      <Button
        label="app.export.button"
        onClick={scope ? () => setExplaining(true) : run}
        disabled={progress !== null || total === 0}
      >
        <Download />
      </Button>
      {explaining && scope ? (
        <ExportScopeDialog
          resource={resource}
          filter={filter}
          scope={scope}
          sort={sort}
          total={total ?? 0}
          onClose={() => setExplaining(false)}
          onExport={() => {
            setExplaining(false);
            run();
          }}
        />
      ) : null}
      <Dialog open={progress !== null} aria-labelledby="server-export-title">
        <DialogTitle id="server-export-title">{title}</DialogTitle>
        <DialogContent sx={{ minWidth: 320 }}>
          <LinearProgress
            variant={percent === undefined ? 'indeterminate' : 'determinate'}
            value={percent}
            aria-label={title}
          />
          <Typography variant="body2" sx={{ mt: 1 }} role="status">
            {translate('app.export.progress', {
              rows: format(progress?.rows ?? 0),
              total: progress?.total == null ? '…' : format(progress.total),
            })}
          </Typography>
        </DialogContent>
      </Dialog>
    </>
  );
}
