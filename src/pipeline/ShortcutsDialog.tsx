import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@mui/material';
import { useTranslate } from 'react-admin';

/** `?` on the board: every key the triage understands. */
const SHORTCUTS: Array<[string, string]> = [
  ['j / ↓', 'next'],
  ['k / ↑', 'previous'],
  ['h / l, ← / →', 'columns'],
  ['1 – 6', 'move'],
  ['r', 'reject'],
  ['Enter', 'enter'],
  ['u / Ctrl+Z', 'undo'],
  ['Space', 'drag'],
  ['?', 'help'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} aria-labelledby="pipeline-shortcuts-title">
      <DialogTitle id="pipeline-shortcuts-title">{translate('app.pipeline.shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableBody>
            {SHORTCUTS.map(([keys, what]) => (
              <TableRow key={what}>
                <TableCell component="th" scope="row">
                  <kbd>{keys}</kbd>
                </TableCell>
                <TableCell>{translate(`app.pipeline.shortcuts.${what}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('app.pipeline.shortcuts.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
