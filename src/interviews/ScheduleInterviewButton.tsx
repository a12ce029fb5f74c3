import EventIcon from '@mui/icons-material/Event';
import { Button } from '@mui/material';
import { Link, useCanAccess, useTranslate } from 'react-admin';
import type { Application } from '../model/types';

/** Opens the interview form for this application (pipeline card panel, application page). */
export function ScheduleInterviewButton({ application }: { application: Pick<Application, 'id'> }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'interviews', action: 'create' });
  if (!canAccess) return null;
  return (
    <Button
      component={Link}
      to="/interviews/create"
      state={{ record: { applicationId: application.id } }}
      size="small"
      startIcon={<EventIcon />}
    >
      {translate('resources.interviews.actions.schedule')}
    </Button>
  );
}
