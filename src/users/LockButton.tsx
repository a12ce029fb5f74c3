import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import type { User } from '../types';
import { useAccessGuards } from './useAccessGuards';

/**
 * Lock (the user is signed out at once) or unlock an account, each with a reason, pessimistically:
 * nothing is shown as done before the API says so. Nobody locks themselves or the last admin: the
 * button gives way to the reason why.
 */
export function LockButton() {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'lock' });
  const { isSelf, isLastAdmin, beyondMyRole } = useAccessGuards(user);
  const [open, setOpen] = useState(false);
  if (!user || !canAccess || user.status === 'invited' || beyondMyRole) return null;
  const locking = user.status !== 'locked';
  if (locking && (isSelf || isLastAdmin))
    return (
      <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
        {translate(isSelf ? 'resources.users.lock.not_self' : 'resources.users.last_admin')}
      </Typography>
    );
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        {translate(`resources.users.lock.${locking ? 'lock' : 'unlock'}`)}
      </Button>
      {open && <LockDialog user={user} locking={locking} onClose={() => setOpen(false)} />}
    </>
  );
}

function LockDialog({ user, locking, onClose }: { user: User; locking: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const action = locking ? 'lock' : 'unlock';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) return;
    setSaving(true);
    setError(null);
    try {
      if (locking) await dataProvider.lockUser(user.id, reason.trim());
      else await dataProvider.unlockUser(user.id, reason.trim());
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-logs'] });
      notify(`resources.users.lock.${locking ? 'locked' : 'unlocked'}`, { type: 'success' });
      onClose();
    } catch (failure) {
      // The reason stays typed: the user can retry or cancel.
      setError((failure as Error).message);
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="lock-title">
      <form onSubmit={submit}>
        <DialogTitle id="lock-title">
          {translate(`resources.users.lock.${action}_title`, { name: `${user.firstName} ${user.lastName}` })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>{translate(`resources.users.lock.${action}_explanation`)}</DialogContentText>
          {error && (
            <Alert severity="error" role="alert" sx={{ my: 1 }}>
              {error}
            </Alert>
          )}
          <TextField
            label={translate('resources.users.lock.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            fullWidth
            margin="dense"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={reason.trim().length < 3 || saving}>
            {translate(`resources.users.lock.${action}`)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
