import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useRefresh, useTranslate } from 'react-admin';
import type { Application } from '../model/types';
import { SendMessageDialog } from './SendMessageDialog';

/** Opens the message dialog: a template, its preview as the candidate will read it, then send. */
export function SendMessageButton({ application }: { application: Pick<Application, 'id' | 'candidateId'> }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'activities', action: 'create' });
  if (!canAccess) return null;
  return (
    <>
      <Button size="small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {translate('resources.message-templates.send')}
      </Button>
      {open ? (
        <SendMessageDialog
          application={application}
          title={translate('resources.message-templates.send')}
          onClose={() => setOpen(false)}
          onSent={refresh}
        />
      ) : null}
    </>
  );
}
