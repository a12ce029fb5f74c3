import { DataTable, List, NumberField, ReferenceField, SearchInput, SelectInput } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { MoneyField } from '../common/MoneyField';
import { COMPANY_STATUSES, type Company, PLANS } from '../types';

const choices = (values: readonly string[]) => values.map((id) => ({ id, name: id }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="plan" source="plan" choices={choices(PLANS)} />,
  <SelectInput key="status" source="status" choices={choices(COMPANY_STATUSES)} />,
  <SelectInput key="country" source="country" choices={choices(['FR', 'GB'])} />,
];

/** Customer accounts, paged on the server; sales read them, support and admin open them to edit. */
export function CompanyList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} filters={filters} exporter={false}>
      <DataTable<Company> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="plan" />
        <DataTable.Col source="status" />
        <DataTable.Col source="credits.cvUnlocks" disableSort>
          <NumberField source="credits.cvUnlocks" />
        </DataTable.Col>
        <DataTable.Col source="credits.jobSlots" disableSort>
          <NumberField source="credits.jobSlots" />
        </DataTable.Col>
        <DataTable.Col source="mrrCents">
          <MoneyField source="mrrCents" cents />
        </DataTable.Col>
        <DataTable.Col source="salesOwnerId">
          <ReferenceField source="salesOwnerId" reference="users" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="lastActivityAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
