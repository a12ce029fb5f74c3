import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import type { ReactNode } from 'react';
import { FieldTitle, useResourceContext, useTranslate } from 'react-admin';
import { formatAddress, isAddress } from '../../model/address';
import { conflictRows, type Values } from './conflicts';

export interface ConflictDialogProps {
  mine: Values;
  base: Values;
  theirs: Values;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** Outside a resource page (e.g. the pipeline board): whose field labels to use. */
  resource?: string;
  /** Values in words (a stage's label rather than its code); default: as stored. */
  formatValue?: (field: string, value: unknown) => string;
  /** Shown under the table, e.g. who made the stored change and when. */
  children?: ReactNode;
}

function display(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (isAddress(value)) return formatAddress(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The user's values against the stored record, field by field; nothing is lost until they choose. */
export function ConflictDialog(props: ConflictDialogProps) {
  const { mine, base, theirs, onKeepMine, onTakeTheirs, formatValue, children } = props;
  const translate = useTranslate();
  const context = useResourceContext();
  const resource = props.resource ?? context ?? '';
  const show = (field: string, value: unknown) =>
    formatValue && value !== null && value !== undefined ? formatValue(field, value) : display(value);
  const rows = conflictRows(mine, base, theirs);
  return (
    <Dialog open aria-labelledby="conflict-title" maxWidth="md">
      <DialogTitle id="conflict-title">{translate('app.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('app.conflict.explanation')}</DialogContentText>
        <Table size="small" aria-label={translate('app.conflict.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.conflict.field')}</TableCell>
              <TableCell>{translate('app.conflict.mine')}</TableCell>
              <TableCell>{translate('app.conflict.theirs')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.field} data-field={row.field}>
                <TableCell component="th" scope="row">
                  <FieldTitle source={row.field} resource={resource} />
                  {row.editedByMe ? '' : ` (${translate('app.conflict.changed_by_them')})`}
                </TableCell>
                <TableCell>{show(row.field, row.mine)}</TableCell>
                <TableCell>{show(row.field, row.theirs)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {children}
      </DialogContent>
      <DialogActions>
        <Button onClick={onTakeTheirs}>{translate('app.conflict.take_theirs')}</Button>
        <Button onClick={onKeepMine} variant="contained">
          {translate('app.conflict.keep_mine')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
