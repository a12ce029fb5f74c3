import Icon from '@mui/icons-material/TaskAlt';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `tasks`. */
export const taskResource: ResourceProps = {
  name: 'tasks',
  list: lazyPage(() => import('./TaskList').then((m) => m.TaskList)),
  create: lazyPage(() => import('./TaskList').then((m) => m.TaskCreate)),
  edit: lazyPage(() => import('./TaskList').then((m) => m.TaskEdit)),
  icon: Icon,
  recordRepresentation: 'title',
};
