import { DataTable, List } from 'react-admin';
import type { MessageTemplate } from '../types';

/** Paged message templates, newest first; the minimal screen until the real one lands. */
export function MessageTemplateList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<MessageTemplate> rowClick={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" />
        <DataTable.Col source="locale" />
      </DataTable>
    </List>
  );
}
