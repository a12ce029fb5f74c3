import { Checkbox } from '@mui/material';
import { useDataProvider, useRefresh, useTranslate } from 'react-admin';
import { useNotifyFailure } from '../common/useNotifyFailure';
import type { Task } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';
import { useTaskTitle } from './useTaskTitle';

/** Ticks a task off (or back on) with a PATCH of `done` only, at the version shown. */
export function TaskDoneToggle({ task }: { task: Task }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notifyFailure = useNotifyFailure();
  const refresh = useRefresh();
  const title = useTaskTitle(task);
  return (
    <Checkbox
      checked={task.done}
      slotProps={{ input: { 'aria-label': translate('resources.tasks.mark_done', { title }) } }}
      onClick={(event) => event.stopPropagation()}
      onChange={async (event) => {
        try {
          await dataProvider.patch<Task>('tasks', task.id, { done: event.target.checked }, task.version);
          refresh();
        } catch (error) {
          notifyFailure(error);
        }
      }}
    />
  );
}
