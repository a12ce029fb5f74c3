import CloseIcon from '@mui/icons-material/Close';
import { Box, Button, Drawer, IconButton, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, useGetList, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { ApplicationInterviews } from '../interviews/ApplicationInterviews';
import { ScheduleInterviewButton } from '../interviews/ScheduleInterviewButton';
import { dateFormat } from '../model/format';
import type { Activity, Application, Candidate, Offer } from '../model/types';

/** The application opened from a card, beside the board: the board stays where it was. */
export function PipelinePanel({ id, onClose }: { id: number | null; onClose: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const enabled = id !== null;
  const { data: app } = useGetOne<Application>('applications', { id: id ?? 0 }, { enabled });
  const { data: candidate } = useGetOne<Candidate>(
    'candidates',
    { id: app?.candidateId ?? 0 },
    { enabled: !!app },
  );
  const { data: offer } = useGetOne<Offer>('offers', { id: app?.offerId ?? 0 }, { enabled: !!app });
  const { data: activities } = useGetList<Activity>(
    'activities',
    {
      filter: { applicationId: id },
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 1, perPage: 5 },
    },
    { enabled },
  );
  const date = (iso: string) => dateFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
  const stage = (value: string | null) => (value ? translate(`resources.applications.stage.${value}`) : '');
  const name = candidate ? `${candidate.firstName} ${candidate.lastName}` : '';

  return (
    <Drawer
      anchor="right"
      open={enabled}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: 380, p: 2 } } }}
    >
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography component="h2" variant="h6">
          {name || translate('app.pipeline.panel.title')}
        </Typography>
        <IconButton onClick={onClose} aria-label={translate('app.pipeline.panel.close')}>
          <CloseIcon />
        </IconButton>
      </Box>
      {app ? (
        <>
          <Typography variant="body2">{offer?.title}</Typography>
          <Typography variant="body2">
            {translate('app.labelled', {
              label: translate('resources.applications.fields.stage'),
              value: stage(app.stage),
            })}
          </Typography>
          <Typography variant="body2">
            {translate('app.pipeline.panel.applied', { date: date(app.appliedAt) })}
          </Typography>
          {app.rating ? (
            <Typography variant="body2">
              {translate('app.pipeline.rating', { rating: app.rating })}
            </Typography>
          ) : null}
          {app.rejectionCategory ? (
            <Typography variant="body2">
              {translate('app.labelled', {
                label: translate('resources.applications.fields.rejectionCategory'),
                value: translate(`resources.applications.rejection_category.${app.rejectionCategory}`),
              })}
            </Typography>
          ) : null}
          {app.rejectionReason ? (
            <Typography variant="body2">
              {translate('app.labelled', {
                label: translate('resources.applications.fields.rejectionReason'),
                value: app.rejectionReason,
              })}
            </Typography>
          ) : null}
          <Box sx={{ display: 'flex', gap: 1, my: 1 }}>
            <Button component={Link} to={`/applications/${app.id}/show`} size="small" variant="outlined">
              {translate('app.pipeline.panel.open_full')}
            </Button>
            <Button component={Link} to={`/candidates/${app.candidateId}/show`} size="small">
              {translate('app.pipeline.panel.open_candidate')}
            </Button>
            <ScheduleInterviewButton application={app} />
          </Box>
          <ApplicationInterviews applicationId={app.id} />
          <Typography component="h3" variant="subtitle2" sx={{ mt: 2 }}>
            {translate('app.pipeline.panel.activity')}
          </Typography>
          <List dense>
            {(activities ?? []).map((activity) => (
              <ListItem key={activity.id} disableGutters>
                <ListItemText
                  primary={
                    activity.type === 'stage_change'
                      ? `${stage(activity.fromStage)} → ${stage(activity.toStage)}`
                      : translate(`resources.activities.type.${activity.type}`, { _: activity.type })
                  }
                  secondary={date(activity.createdAt)}
                />
              </ListItem>
            ))}
            {activities?.length === 0 ? (
              <ListItem disableGutters>{translate('app.pipeline.panel.no_activity')}</ListItem>
            ) : null}
          </List>
        </>
      ) : null}
    </Drawer>
  );
}
