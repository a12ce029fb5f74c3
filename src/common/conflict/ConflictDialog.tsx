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
import { FieldTitle, useResourceContext, useTranslate } from 'react-admin';
import { conflictRows, type Values } from './conflicts';

export interface ConflictDialogProps {
  mine: Values;
  base: Values;
  theirs: Values;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

function display(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The user's values against the stored record, field by field; nothing is lost until they choose. */
export function ConflictDialog({ mine, base, theirs, onKeepMine, onTakeTheirs }: ConflictDialogProps) {
  const translate = useTranslate();
  const resource = useResourceContext() ?? '';
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
                <TableCell>{display(row.mine)}</TableCell>
                <TableCell>{display(row.theirs)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
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
