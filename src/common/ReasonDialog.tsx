import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslate } from 'react-admin';

export interface ReasonDialogProps {
  title: string;
  explanation: string;
  reasonLabel: string;
  confirmLabel: string;
  /** Does the action; a rejection is shown in the dialog and the typed reason stays. */
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
  /** More inputs above the reason, and whether they are filled in. */
  children?: ReactNode;
  ready?: boolean;
}

/**
 * A deliberate action that says why (the API keeps the reason in the audit log): the reason is
 * required (3 characters at least, as the API asks), and nothing shows as done before the API
 * has answered.
 */
export function ReasonDialog({
  title,
  explanation,
  reasonLabel,
  confirmLabel,
  onConfirm,
  onClose,
  children,
  ready = true,
}: ReasonDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3 || !ready) return;
    setSaving(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
    } catch (failure) {
      setError((failure as Error).message);
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId}>
      <form onSubmit={submit}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <DialogContentText>{explanation}</DialogContentText>
          {error && (
            <Alert severity="error" role="alert" sx={{ my: 1 }}>
              {error}
            </Alert>
          )}
          {children}
          <TextField
            label={reasonLabel}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            fullWidth
            margin="dense"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={reason.trim().length < 3 || !ready || saving}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
