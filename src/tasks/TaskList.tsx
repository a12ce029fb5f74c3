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
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { localInputToIso } from '../interviews/zone';
import type { Task } from '../types';
import { TaskDoneToggle } from './TaskDoneToggle';

export function isOverdue(task: Pick<Task, 'done' | 'dueAt'>, now = Date.now()): boolean {
  return !task.done && Date.parse(task.dueAt) < now;
}

/** Due date, with "overdue" in words (not only in colour). */
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
        <DataTable.Col source="title" />
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
