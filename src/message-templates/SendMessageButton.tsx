import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { sendMessage } from '../interviews/api';
import type { Application, MessageTemplate } from '../types';

/** Picks a template and records the rendered message on the application's timeline. */
export function SendMessageButton({ application }: { application: Pick<Application, 'id'> }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { canAccess } = useCanAccess({ resource: 'activities', action: 'create' });
  const { data = [] } = useGetList<MessageTemplate>(
    'message-templates',
    {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'kind', order: 'ASC' },
    },
    { enabled: !!canAccess },
  );
  if (!canAccess) return null;
  return (
    <>
      <Button size="small" aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>
        {translate('resources.message-templates.send')}
      </Button>
      <Menu open={!!anchor} anchorEl={anchor} onClose={() => setAnchor(null)}>
        {data.map((t) => (
          <MenuItem
            key={t.id}
            onClick={async () => {
              setAnchor(null);
              try {
                await sendMessage(t.id, application.id);
                notify('resources.message-templates.sent', { type: 'success' });
                refresh();
              } catch (error) {
                notify((error as Error).message, { type: 'error' });
              }
            }}
          >
            {t.name} ({t.locale})
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
