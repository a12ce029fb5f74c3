import { Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { SendMessageButton } from '../message-templates/SendMessageButton';
import type { Application } from '../model/types';
import { ScheduleInterviewButton } from './ScheduleInterviewButton';

/** Schedule an interview or send a templated message from an application page. */
export function ApplicationInterviewActions() {
  const app = useRecordContext<Application>();
  if (!app) return null;
  return (
    <Stack direction="row" spacing={1}>
      <ScheduleInterviewButton application={app} />
      <SendMessageButton application={app} />
    </Stack>
  );
}
