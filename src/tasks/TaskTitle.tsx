import type { Task } from '../model/types';
import { useTaskTitle } from './useTaskTitle';

/** A task's title as the reader reads it (see useTaskTitle). */
export function TaskTitle({ task }: { task: Task }) {
  return <>{useTaskTitle(task)}</>;
}
