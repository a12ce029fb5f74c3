import Icon from '@mui/icons-material/TaskAlt';
import type { ResourceProps } from 'react-admin';
import { TaskList } from './TaskList';

/** The <Resource> props for `tasks`. */
export const taskResource: ResourceProps = {
  name: 'tasks',
  list: TaskList,
  icon: Icon,
  recordRepresentation: 'title',
};
