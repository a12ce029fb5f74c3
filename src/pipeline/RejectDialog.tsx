import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslate } from 'react-admin';
import { EMPTY_REJECTION, type Rejection, RejectionFields, rejectionOf } from './RejectionFields';

/** Asks why before a card goes to "rejected": the API refuses a rejection without a reason. */
export interface RejectDialogProps {
  name: string;
  onConfirm: (rejection: Rejection) => void;
  onCancel: () => void;
}

export function RejectDialog({ name, onConfirm, onCancel }: RejectDialogProps) {
  const translate = useTranslate();
  const [draft, setDraft] = useState(EMPTY_REJECTION);
  const rejection = rejectionOf(draft);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rejection) onConfirm(rejection);
  };
  return (
    <Dialog open onClose={onCancel} aria-labelledby="pipeline-reject-title" fullWidth maxWidth="sm">
      <form onSubmit={submit}>
        <DialogTitle id="pipeline-reject-title">
          {translate('app.pipeline.reject.title', { name })}
        </DialogTitle>
        <DialogContent>
          <RejectionFields value={draft} onChange={setDraft} autoFocus />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" color="error" variant="contained" disabled={!rejection}>
            {translate('app.pipeline.reject.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
