import {
  BooleanInput,
  Create,
  DataTable,
  DateTimeInput,
  Edit,
  List,
  ReferenceField,
  required,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { localInputToIso } from '../model/time-zone';
import type { Task } from '../model/types';
import { TaskDoneToggle } from './TaskDoneToggle';
import { TaskDue } from './TaskDue';
import { TaskTitle } from './TaskTitle';

/** Open tasks first, the most overdue on top. */
export function TaskList() {
  return (
    <List
      sort={{ field: 'dueAt', order: 'ASC' }}
      filterDefaultValues={{ done: false }}
      filters={[<BooleanInput key="done" source="done" alwaysOn />]}
      exporter={false}
    >
      <DataTable<Task> rowClick="edit">
        <DataTable.Col source="done" render={(t) => <TaskDoneToggle task={t as Task} />} />
        <DataTable.Col source="title" render={(t) => <TaskTitle task={t as Task} />} />
        <DataTable.Col source="dueAt" render={(t) => <TaskDue task={t as Task} />} />
        <DataTable.Col source="candidateId">
          <ReferenceField source="candidateId" reference="candidates" />
        </DataTable.Col>
        <DataTable.Col source="assigneeId">
          <ReferenceField source="assigneeId" reference="users" link={false} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

function TaskInputs() {
  return (
    <SimpleForm>
      <TextInput source="title" validate={required()} fullWidth />
      <DateTimeInput source="dueAt" validate={required()} parse={localInputToIso} />
      <BooleanInput source="done" />
    </SimpleForm>
  );
}

export const TaskCreate = () => (
  <Create redirect="list">
    <TaskInputs />
  </Create>
);

export const TaskEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <TaskInputs />
  </Edit>
);
