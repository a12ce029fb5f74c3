import Icon from '@mui/icons-material/Event';
import type { ResourceProps } from 'react-admin';
import { InterviewCreate, InterviewEdit } from './InterviewCreate';
import { InterviewList } from './InterviewList';
import { InterviewShow } from './InterviewShow';

export { ScheduleInterviewButton } from './ScheduleInterviewButton';

/** The <Resource> props for `interviews`. */
export const interviewResource: ResourceProps = {
  name: 'interviews',
  list: InterviewList,
  show: InterviewShow,
  create: InterviewCreate,
  edit: InterviewEdit,
  icon: Icon,
};
