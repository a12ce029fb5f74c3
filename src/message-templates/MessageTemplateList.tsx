import { DataTable, List, useTranslate } from 'react-admin';
import type { MessageTemplate } from '../model/types';

/** The company's templates, by kind and language. */
export function MessageTemplateList() {
  const translate = useTranslate();
  return (
    <List sort={{ field: 'kind', order: 'ASC' }} exporter={false}>
      <DataTable<MessageTemplate> rowClick="edit">
        <DataTable.Col source="name" />
        <DataTable.Col
          source="kind"
          render={(t) => translate(`resources.message-templates.kinds.${t.kind}`)}
        />
        <DataTable.Col source="locale" />
        <DataTable.Col source="subject" />
      </DataTable>
    </List>
  );
}
