import EventIcon from '@mui/icons-material/Event';
import { Button } from '@mui/material';
import { Link, useCanAccess, useTranslate } from 'react-admin';
import { DisabledAction } from '../common/DisabledAction';
import { useAnonymised } from '../common/useAnonymised';
import type { Application } from '../model/types';

/** Opens the interview form for this application (pipeline card panel, application page). */
export function ScheduleInterviewButton({
  application,
}: {
  application: Pick<Application, 'id' | 'candidateId'>;
}) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'interviews', action: 'create' });
  const anonymised = useAnonymised(application.candidateId);
  if (!canAccess) return null;
  if (anonymised)
    return (
      <DisabledAction
        label={translate('resources.interviews.actions.schedule')}
        reason={translate('resources.interviews.actions.anonymised')}
        icon={<EventIcon />}
      />
    );
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
