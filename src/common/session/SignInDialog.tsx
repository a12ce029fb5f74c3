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
import { type FormEvent, useState } from 'react';
import { useAuthProvider, useTranslate } from 'react-admin';
import { getUser } from '../../providers/session';
import { loginErrorMessage } from './loginError';

export interface SignInDialogProps {
  /** Called once signed in again: the caller replays the interrupted save. */
  onSignedIn: () => void;
  onCancel: () => void;
}

/**
 * The session ended during a save: sign in again over the form, which stays mounted with the
 * typed values, then the save completes. Another account cannot take over the form.
 */
export function SignInDialog({ onSignedIn, onCancel }: SignInDialogProps) {
  const translate = useTranslate();
  const authProvider = useAuthProvider();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Who was signed in when the session ended, read once: a refused sign-in below clears the session.
  const [previousUserId] = useState(() => getUser()?.id);

  const submit = async (event: FormEvent) => {
    // The dialog renders in a portal inside the edit form: keep the submit to ourselves.
    event.preventDefault();
    event.stopPropagation();
    setSubmitting(true);
    setError(null);
    try {
      await authProvider?.login({ email, password });
      if (previousUserId !== undefined && getUser()?.id !== previousUserId) {
        // That account's session must not go on under the form and the cache of the first one.
        await authProvider?.logout({});
        setError(translate('app.session.other_account'));
        setSubmitting(false);
        return;
      }
      onSignedIn();
    } catch (failure) {
      setError(loginErrorMessage(failure, translate));
      setSubmitting(false);
    }
  };

  return (
    <Dialog open aria-labelledby="session-title">
      <form onSubmit={submit}>
        <DialogTitle id="session-title">{translate('app.session.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('app.session.explanation')}</DialogContentText>
          {error && (
            <Alert severity="error" role="alert" sx={{ my: 1 }}>
              {error}
            </Alert>
          )}
          <TextField
            label={translate('app.login.email')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            autoComplete="username"
            fullWidth
            margin="dense"
            required
          />
          <TextField
            label={translate('app.login.password')}
            type="password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="current-password"
            fullWidth
            margin="dense"
            required
            autoFocus
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={submitting}>
            {translate('app.session.sign_in_and_save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
