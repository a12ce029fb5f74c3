import { BooleanField, DataTable, List } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Task } from '../types';

/** Paged tasks, newest first; the minimal screen until the real one lands. */
export function TaskList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<Task> rowClick={false}>
        <DataTable.Col source="title" />
        <DataTable.Col source="dueAt" field={LocaleDateField} />
        <DataTable.Col source="done" field={BooleanField} />
      </DataTable>
    </List>
  );
}
