import Icon from '@mui/icons-material/TaskAlt';
import type { ResourceProps } from 'react-admin';
import { TaskCreate, TaskEdit, TaskList } from './TaskList';

export { MyTasks } from './MyTasks';

/** The <Resource> props for `tasks`. */
export const taskResource: ResourceProps = {
  name: 'tasks',
  list: TaskList,
  create: TaskCreate,
  edit: TaskEdit,
  icon: Icon,
  recordRepresentation: 'title',
};
