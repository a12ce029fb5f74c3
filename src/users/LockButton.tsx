import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import type { User } from '../types';

/** Lock (a reason is required; the user is signed out at once) or unlock an account. */
export function LockButton() {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'lock' });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!user || !canAccess || user.status === 'invited') return null;
  const locking = user.status !== 'locked';
  const name = `${user.firstName} ${user.lastName}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (locking) await dataProvider.lockUser(user.id, reason.trim());
      else await dataProvider.unlockUser(user.id, reason.trim());
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-logs'] });
      notify(`resources.users.lock.${locking ? 'locked' : 'unlocked'}`, { type: 'success' });
      setOpen(false);
      setReason('');
    } catch (failure) {
      notify((failure as Error).message, { type: 'error' });
    }
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>
        {translate(`resources.users.lock.${locking ? 'lock' : 'unlock'}`)}
      </Button>
      {open && (
        <Dialog open onClose={() => setOpen(false)} aria-labelledby="lock-title">
          <form onSubmit={submit}>
            <DialogTitle id="lock-title">
              {translate(`resources.users.lock.${locking ? 'lock_title' : 'unlock_title'}`, { name })}
            </DialogTitle>
            <DialogContent>
              {locking && (
                <DialogContentText>{translate('resources.users.lock.explanation')}</DialogContentText>
              )}
              <TextField
                label={translate('resources.users.lock.reason')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                required={locking}
                fullWidth
                margin="dense"
              />
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
              <Button type="submit" variant="contained" disabled={locking && reason.trim().length < 3}>
                {translate(`resources.users.lock.${locking ? 'lock' : 'unlock'}`)}
              </Button>
            </DialogActions>
          </form>
        </Dialog>
      )}
    </>
  );
}
