import {
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { type SortPayload, useGetList, useTranslate } from 'react-admin';
import { numberFormat } from '../model/format';
import type { ResourceName } from '../model/types';
import { useIntlLocale } from './useIntlLocale';

export interface ExportScopeDialogProps {
  resource: ResourceName;
  /** The list's filter, and what the export adds to it for this role (csv.ts exportScope). */
  filter: Record<string, unknown>;
  scope: Record<string, unknown>;
  sort: SortPayload;
  /** Rows the list shows (its Content-Range total). */
  total: number;
  onExport: () => void;
  onClose: () => void;
}

/**
 * Before an export that holds fewer rows than the list: how many rows go out, how many do not and
 * why, both counted by the API (the second by asking the list for the export's scope, one row).
 */
export function ExportScopeDialog(props: ExportScopeDialogProps) {
  const { resource, filter, scope, sort, total, onExport, onClose } = props;
  const translate = useTranslate();
  const locale = useIntlLocale();
  const { total: exported, isPending } = useGetList(resource, {
    filter: { ...filter, ...scope },
    sort,
    pagination: { page: 1, perPage: 1 },
  });
  const format = (n: number) => numberFormat(locale).format(n);
  const count = exported ?? 0;
  const options = {
    smart_count: count,
    exported: format(count),
    total: format(total),
    left_out: format(Math.max(0, total - count)),
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="export-scope-title">
      <DialogTitle id="export-scope-title">{translate(`app.export.scope.${resource}.title`)}</DialogTitle>
      <DialogContent>
        {isPending ? (
          <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
        ) : (
          <DialogContentText>
            {translate(`app.export.scope.${resource}.${count === 0 ? 'none' : 'some'}`, options)}
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={onExport} disabled={isPending || count === 0}>
          {translate(`app.export.scope.${resource}.confirm`, options)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
