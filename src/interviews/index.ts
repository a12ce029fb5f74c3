import Icon from '@mui/icons-material/Event';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `interviews`. */
export const interviewResource: ResourceProps = {
  name: 'interviews',
  list: lazyPage(() => import('./InterviewList').then((m) => m.InterviewList)),
  show: lazyPage(() => import('./InterviewShow').then((m) => m.InterviewShow)),
  create: lazyPage(() => import('./InterviewCreate').then((m) => m.InterviewCreate)),
  edit: lazyPage(() => import('./InterviewCreate').then((m) => m.InterviewEdit)),
  icon: Icon,
};
