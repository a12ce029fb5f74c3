import Icon from '@mui/icons-material/Event';
import type { ResourceProps } from 'react-admin';
import { InterviewList } from './InterviewList';

/** The <Resource> props for `interviews`. */
export const interviewResource: ResourceProps = {
  name: 'interviews',
  list: InterviewList,
  icon: Icon,
};
