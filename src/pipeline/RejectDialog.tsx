import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslate } from 'react-admin';

/** Asks why before a card goes to "rejected": the API refuses a rejection without a reason. */
export interface RejectDialogProps {
  name: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

export function RejectDialog({ name, onConfirm, onCancel }: RejectDialogProps) {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onConfirm(reason.trim());
  };
  return (
    <Dialog open onClose={onCancel} aria-labelledby="pipeline-reject-title" fullWidth maxWidth="sm">
      <form onSubmit={submit}>
        <DialogTitle id="pipeline-reject-title">
          {translate('app.pipeline.reject.title', { name })}
        </DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            required
            fullWidth
            multiline
            minRows={2}
            margin="dense"
            label={translate('app.pipeline.reject.reason')}
            helperText={translate('app.pipeline.reject.reason_help')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" color="error" variant="contained" disabled={!reason.trim()}>
            {translate('app.pipeline.reject.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
