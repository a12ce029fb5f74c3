import { Box, Button, ButtonGroup, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../model/format';
import { addDays, mondayOf, userTimeZone, utcToLocalInput, zonedToUtc } from '../model/time-zone';
import type { Identifier, Interview } from '../model/types';

/**
 * A week or a day of the company's interviews, one column per local day, in the user's time zone
 * (cut at local midnights, so a clock-change week still starts on Monday 00:00).
 */
export function InterviewCalendar({ interviewerId }: { interviewerId?: Identifier }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const zone = userTimeZone();
  const [mode, setMode] = useState<'week' | 'day'>('week');
  const [day, setDay] = useState(() => utcToLocalInput(new Date().toISOString(), zone).slice(0, 10));
  const first = mode === 'week' ? mondayOf(zonedToUtc(day, zone), zone) : day;
  const days = Array.from({ length: mode === 'week' ? 7 : 1 }, (_, i) => addDays(first, i));
  const filter: Record<string, unknown> = {
    startsAt_gte: new Date(zonedToUtc(first, zone)).toISOString(),
    startsAt_lt: new Date(zonedToUtc(addDays(first, days.length), zone)).toISOString(),
  };
  if (interviewerId) filter.interviewerIds = interviewerId;
  const { data = [] } = useGetList<Interview>('interviews', {
    filter,
    sort: { field: 'startsAt', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  const dayTitle = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  });
  const step = mode === 'week' ? 7 : 1;
  return (
    <Box sx={{ p: 1 }} aria-label={translate(`resources.interviews.calendar.${mode}`)} role="region">
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <ButtonGroup size="small">
          <Button onClick={() => setDay(addDays(day, -step))}>
            {translate('resources.interviews.calendar.previous')}
          </Button>
          <Button onClick={() => setDay(utcToLocalInput(new Date().toISOString(), zone).slice(0, 10))}>
            {translate('resources.interviews.calendar.today')}
          </Button>
          <Button onClick={() => setDay(addDays(day, step))}>
            {translate('resources.interviews.calendar.next')}
          </Button>
        </ButtonGroup>
        <ButtonGroup size="small">
          {(['week', 'day'] as const).map((m) => (
            <Button
              key={m}
              variant={mode === m ? 'contained' : 'outlined'}
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
            >
              {translate(`resources.interviews.calendar.${m}`)}
            </Button>
          ))}
        </ButtonGroup>
        <Typography variant="caption">{translate('resources.interviews.calendar.zone', { zone })}</Typography>
      </Stack>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: `repeat(${days.length}, minmax(120px, 1fr))`,
          gap: 1,
          overflowX: 'auto',
        }}
      >
        {days.map((d) => {
          const items = data.filter((i) => utcToLocalInput(i.startsAt, zone).startsWith(d));
          return (
            <Paper
              key={d}
              variant="outlined"
              sx={{ p: 1, minHeight: 120 }}
              component="section"
              aria-label={dayTitle.format(new Date(`${d}T00:00:00Z`))}
            >
              <Typography variant="subtitle2" component="h3">
                {dayTitle.format(new Date(`${d}T00:00:00Z`))}
              </Typography>
              {items.map((i) => (
                <Box
                  key={i.id}
                  component={Link}
                  to={`/interviews/${i.id}/show`}
                  sx={{
                    display: 'block',
                    my: 0.5,
                    textDecoration: i.status === 'cancelled' ? 'line-through' : 'none',
                  }}
                >
                  {time.format(new Date(i.startsAt))} · {translate(`resources.interviews.kinds.${i.kind}`)}
                  {i.status !== 'planned' && ` (${translate(`resources.interviews.statuses.${i.status}`)})`}
                </Box>
              ))}
            </Paper>
          );
        })}
      </Box>
      {data.length === 0 && (
        <Typography sx={{ mt: 1 }}>{translate('resources.interviews.calendar.empty')}</Typography>
      )}
    </Box>
  );
}
