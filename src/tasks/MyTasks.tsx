import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import type { Task } from '../model/types';
import { TaskDoneToggle } from './TaskDoneToggle';
import { TaskDue } from './TaskDue';
import { TaskTitle } from './TaskTitle';

/** "My tasks" for the recruiter dashboard: open tasks assigned to me, overdue ones first. */
export function MyTasks() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data = [], total } = useGetList<Task>(
    'tasks',
    {
      filter: { assigneeId: identity?.id, done: false },
      sort: { field: 'dueAt', order: 'ASC' },
      pagination: { page: 1, perPage: 8 },
    },
    { enabled: identity !== undefined },
  );
  return (
    <Card component="section" aria-labelledby="my-tasks-title">
      <CardContent>
        <Typography id="my-tasks-title" variant="h6" component="h2">
          {translate('resources.tasks.mine')} {total ? `(${total})` : ''}
        </Typography>
        {data.length === 0 && <Typography>{translate('resources.tasks.none')}</Typography>}
        <List dense>
          {data.map((task) => (
            <ListItem key={task.id} disableGutters>
              <TaskDoneToggle task={task} />
              <ListItemText primary={<TaskTitle task={task} />} secondary={<TaskDue task={task} />} />
            </ListItem>
          ))}
        </List>
        <Link to="/tasks">{translate('resources.tasks.all')}</Link>
      </CardContent>
    </Card>
  );
}
