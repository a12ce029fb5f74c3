import { DataTable, List } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { MoneyField } from '../common/MoneyField';
import type { Company } from '../types';

/** Paged companies, newest first; the minimal screen until the real one lands. */
export function CompanyList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<Company> rowClick={'show'}>
        <DataTable.Col source="name" />
        <DataTable.Col source="country" />
        <DataTable.Col source="city" />
        <DataTable.Col source="plan" />
        <DataTable.Col source="mrrCents">
          <MoneyField source="mrrCents" cents />
        </DataTable.Col>
        <DataTable.Col source="status" />
        <DataTable.Col source="createdAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
