import {
  DataTable,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { MoneyField } from '../common/MoneyField';
import type { Company } from '../model/types';
import { COUNTRY_CHOICES, PLAN_CHOICES, STATUS_CHOICES } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="plan" source="plan" choices={PLAN_CHOICES} />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} />,
  <SelectInput key="country" source="country" choices={COUNTRY_CHOICES} />,
  <ReferenceInput key="salesOwnerId" source="salesOwnerId" reference="users" filter={{ role: 'sales' }}>
    <SelectInput />
  </ReferenceInput>,
];

/**
 * Customer accounts, filtered and paged on the server. Sales read them (no edit, no credits: the
 * buttons hide themselves); support and admin open one to edit it or adjust its credits.
 */
export function CompanyList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} filters={filters} exporter={false}>
      <DataTable<Company> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="plan">
          <SelectField source="plan" choices={PLAN_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={STATUS_CHOICES} />
        </DataTable.Col>
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
