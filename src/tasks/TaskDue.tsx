import { useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Task } from '../model/types';

export function isOverdue(task: Pick<Task, 'done' | 'dueAt'>, now = Date.now()): boolean {
  return !task.done && Date.parse(task.dueAt) < now;
}

/**
 * Due date, with "overdue" in words (not only in colour). Its own file: the dashboard's MyTasks
 * shows it, and importing it from TaskList would pull the whole task page into the dashboard chunk.
 */
export function TaskDue({ task }: { task: Task }) {
  const translate = useTranslate();
  const late = isOverdue(task);
  return (
    <span style={late ? { color: '#b71c1c', fontWeight: 600 } : undefined}>
      <LocaleDateField source="dueAt" record={task} showTime />
      {late && ` · ${translate('resources.tasks.overdue')}`}
    </span>
  );
}
