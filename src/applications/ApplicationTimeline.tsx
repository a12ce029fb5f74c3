import { ListItem, ListItemText, List as MuiList, Typography } from '@mui/material';
import { ReferenceManyField, RichTextField, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../model/format';
import type { Activity } from '../model/types';

function TimelineItems() {
  const { data = [] } = useListContext<Activity>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  const stage = (s: string | null) => (s ? translate(`resources.applications.stage.${s}`) : '—');
  return (
    <MuiList dense>
      {data.map((activity) => (
        <ListItem key={activity.id} alignItems="flex-start" divider>
          <ListItemText
            primary={
              activity.type === 'stage_change' ? (
                translate('resources.applications.show.stage_change', {
                  from: stage(activity.fromStage),
                  to: stage(activity.toStage),
                })
              ) : (
                <RichTextField record={activity} source="body" />
              )
            }
            secondary={date(activity.createdAt)}
          />
        </ListItem>
      ))}
    </MuiList>
  );
}

/** Notes, calls, emails, interviews and stage changes of the application, newest first. */
export function ApplicationTimeline() {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle1" component="h2">
        {translate('resources.applications.show.timeline')}
      </Typography>
      <ReferenceManyField
        reference="activities"
        target="applicationId"
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={50}
        empty={
          <Typography color="text.secondary">
            {translate('resources.applications.show.no_activity')}
          </Typography>
        }
      >
        <TimelineItems />
      </ReferenceManyField>
    </>
  );
}
