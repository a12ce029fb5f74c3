import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import {
  ReferenceField,
  TextField,
  useCanAccess,
  useGetList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { intlLocale } from '../model/format';
import type { Activity, Candidate } from '../model/types';
import { CandidateNoteForm } from './CandidateNoteForm';

/** Newest first; one page is enough for a person's history on screen. */
const TIMELINE_PAGE = 100;

function ActivityLine({ activity }: { activity: Activity }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(activity.createdAt));
  const stage = (value: string | null) =>
    value ? translate(`resources.applications.stage.${value}`, { _: value }) : '—';
  const body =
    activity.type === 'stage_change'
      ? translate('resources.candidates.activity.stage_change_body', {
          from: stage(activity.fromStage),
          to: stage(activity.toStage),
        })
      : activity.body;
  return (
    <ListItem alignItems="flex-start" divider>
      <ListItemText
        primary={
          <>
            <strong>{translate(`resources.candidates.activity.${activity.type}`)}</strong> · {when} ·{' '}
            <ReferenceField record={activity} source="authorId" reference="users" link={false}>
              <TextField source="lastName" />
            </ReferenceField>
          </>
        }
        secondary={body}
        slotProps={{ secondary: { sx: { whiteSpace: 'pre-wrap' } } }}
      />
    </ListItem>
  );
}

/** Notes, calls, emails, interviews and stage changes of the candidate, with "add note" on top. */
export function CandidateTimeline() {
  const record = useRecordContext<Candidate>();
  const translate = useTranslate();
  const { canAccess: canNote } = useCanAccess({ resource: 'activities', action: 'create' });
  const { data = [], isPending } = useGetList<Activity>(
    'activities',
    {
      filter: { candidateId: record?.id },
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 1, perPage: TIMELINE_PAGE },
    },
    { enabled: record !== undefined },
  );
  if (!record) return null;
  return (
    <Box>
      {/* An erased person gets no new record about them: the API refuses the note. */}
      {canNote && !record.anonymizedAt && <CandidateNoteForm candidateId={record.id} />}
      {!isPending && data.length === 0 ? (
        <Typography variant="body2" sx={{ p: 2 }}>
          {translate('resources.candidates.show.no_activity')}
        </Typography>
      ) : (
        <List aria-label={translate('resources.candidates.tabs.activity')}>
          {data.map((activity) => (
            <ActivityLine key={activity.id} activity={activity} />
          ))}
        </List>
      )}
    </Box>
  );
}
