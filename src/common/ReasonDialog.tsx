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

/** What the API asks of a reason it keeps in the audit log. */
export const REASON_MIN_LENGTH = 3;

const longEnough = (reason: string) => reason.trim().length >= REASON_MIN_LENGTH;

export interface ReasonDialogProps {
  title: string;
  explanation?: string;
  reasonLabel: string;
  /** Under the reason field, e.g. when it is needed. */
  reasonHelp?: string;
  /** The API's refusal of the reason itself (a field error): shown under the field, in its place. */
  reasonError?: string;
  /** A refusal the caller keeps itself (onConfirm resolved): shown like one onConfirm throws. */
  failure?: string | null;
  confirmLabel: string;
  /** Does the action with the trimmed text; a rejection is shown in the dialog and the text stays. */
  onConfirm: (reason: string) => unknown;
  /** Cancel, Escape or a click outside: nothing is sent (none of them while the answer is awaited). */
  onClose: () => void;
  /** More inputs above the reason, and whether they are filled in. */
  children?: ReactNode;
  /** Read-only lines under the reason (what the action will lead to). */
  footer?: ReactNode;
  ready?: boolean;
  /** Whether the text may be sent: by default a reason of 3 characters at least, as the API asks. */
  accepts?: (reason: string) => boolean;
  /** Marks the field as required (an asterisk); false where the text is only sometimes needed. */
  reasonRequired?: boolean;
  multiline?: boolean;
  maxLength?: number;
  /** The action cannot be undone (a rejection, an anonymisation): the confirm button says so in red. */
  destructive?: boolean;
  fullWidth?: boolean;
}

/**
 * The one dialog for a deliberate action that says why (lock, refund, reject, anonymise...): the
 * text is checked before the confirm button is enabled, Enter submits, Escape and Cancel leave
 * everything as it was, and nothing shows as done before the API has answered.
 */
export function ReasonDialog({
  title,
  explanation,
  reasonLabel,
  reasonHelp,
  reasonError,
  failure,
  confirmLabel,
  onConfirm,
  onClose,
  children,
  footer,
  ready = true,
  accepts = longEnough,
  reasonRequired = true,
  multiline = false,
  maxLength,
  destructive = false,
  fullWidth = false,
}: ReasonDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const valid = ready && accepts(reason);
  const shownError = error ?? failure;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      // The dialog is usually gone by now; when the caller keeps it open, it may be sent again.
      setSaving(false);
    }
  };

  // While the answer is on its way the dialog stays: leaving it could not stop the request, and a
  // refusal would have nowhere to show, with the words typed gone.
  const close = () => {
    if (!saving) onClose();
  };

  return (
    <Dialog open onClose={close} aria-labelledby={titleId} fullWidth={fullWidth}>
      <form onSubmit={submit}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {explanation && <DialogContentText>{explanation}</DialogContentText>}
          {shownError && (
            <Alert severity="error" role="alert" sx={{ my: 1 }}>
              {shownError}
            </Alert>
          )}
          {children}
          <TextField
            label={reasonLabel}
            helperText={reasonError ?? reasonHelp}
            error={Boolean(reasonError)}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required={reasonRequired}
            multiline={multiline}
            minRows={multiline ? 2 : undefined}
            fullWidth
            margin="dense"
            slotProps={maxLength ? { htmlInput: { maxLength } } : undefined}
          />
          {footer}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={saving}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={destructive ? 'error' : 'primary'}
            disabled={!valid || saving}
          >
            {confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
