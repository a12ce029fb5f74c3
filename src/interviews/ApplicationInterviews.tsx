import EventIcon from '@mui/icons-material/Event';
import { List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { Link, RecordContextProvider, useGetList, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Identifier, Interview } from '../model/types';

const WHEN = { dateStyle: 'full', timeStyle: 'short' } as const;

/**
 * The interviews booked for an application (planned, soonest first), each linked to its page: on
 * the application's page and in the pipeline's side panel, so a recruiter sees what is scheduled
 * where they decide the next step.
 */
export function ApplicationInterviews({ applicationId }: { applicationId: Identifier }) {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<Interview>('interviews', {
    filter: { applicationId, status: 'planned' },
    sort: { field: 'startsAt', order: 'ASC' },
    pagination: { page: 1, perPage: 5 },
  });
  const headingId = `application-${applicationId}-interviews`;
  return (
    <section aria-labelledby={headingId}>
      <Typography id={headingId} component="h3" variant="subtitle2" sx={{ mt: 2 }}>
        {translate('resources.interviews.booked.title')}
      </Typography>
      {!isPending && data.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.interviews.booked.none')}
        </Typography>
      ) : null}
      <List dense disablePadding>
        {data.map((interview) => (
          <RecordContextProvider key={interview.id} value={interview}>
            <ListItem disableGutters>
              <ListItemIcon sx={{ minWidth: 32 }}>
                <EventIcon fontSize="small" aria-hidden />
              </ListItemIcon>
              <ListItemText
                primary={
                  <Link to={`/interviews/${interview.id}/show`}>
                    <LocaleDateField source="startsAt" showTime options={WHEN} />
                  </Link>
                }
                secondary={translate(`resources.interviews.kinds.${interview.kind}`)}
              />
            </ListItem>
          </RecordContextProvider>
        ))}
      </List>
    </section>
  );
}
