import { Button, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import type { User } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';
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
  const action = locking ? 'lock' : 'unlock';
  return (
    <ReasonDialog
      title={translate(`resources.users.lock.${action}_title`, {
        name: `${user.firstName} ${user.lastName}`,
      })}
      explanation={translate(`resources.users.lock.${action}_explanation`)}
      reasonLabel={translate('resources.users.lock.reason')}
      confirmLabel={translate(`resources.users.lock.${action}`)}
      onClose={onClose}
      onConfirm={async (reason) => {
        if (locking) await dataProvider.lockUser(user.id, reason);
        else await dataProvider.unlockUser(user.id, reason);
        await queryClient.invalidateQueries({ queryKey: ['users'] });
        await queryClient.invalidateQueries({ queryKey: ['audit-logs'] });
        notify(`resources.users.lock.${locking ? 'locked' : 'unlocked'}`, { type: 'success' });
        onClose();
      }}
    />
  );
}
