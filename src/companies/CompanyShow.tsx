import {
  DataTable,
  EditButton,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { AuditLogTable } from '../audit-logs/AuditLogTable';
import { LocaleDateField } from '../common/LocaleDateField';
import { MoneyField } from '../common/MoneyField';
import { RecordShow } from '../common/RecordShow';
import { SafeUrlField } from '../common/SafeUrlField';
import { CreditLedgerTable } from '../credit-ledger/CreditLedgerTable';
import type { Offer, User } from '../types';
import { AdjustCreditsButton } from './AdjustCreditsButton';

/** An account at a glance: overview, its users and offers, credit usage (the ledger) and its audit. */
export function CompanyShow() {
  return (
    <RecordShow actions={<CompanyShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.companies.tabs.overview">
          <TextField source="name" />
          <TextField source="legalId" />
          <TextField source="country" />
          <TextField source="city" />
          <SafeUrlField source="website" />
          <TextField source="sector" />
          <TextField source="plan" />
          <MoneyField source="mrrCents" cents />
          <NumberField source="credits.cvUnlocks" />
          <NumberField source="credits.jobSlots" />
          <TextField source="status" />
          <TextField source="statusReason" emptyText="—" />
          <ReferenceField source="salesOwnerId" reference="users" emptyText="—" />
          <TextField source="billingEmail" emptyText="—" />
          <TextField source="phone" emptyText="—" />
          <LocaleDateField source="renewalDate" />
          <LocaleDateField source="createdAt" />
          <LocaleDateField source="lastActivityAt" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.companies.tabs.users" path="users">
          <ReferenceManyField reference="users" target="companyId" perPage={25} pagination={<Pagination />}>
            <DataTable<User> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="firstName" />
              <DataTable.Col source="lastName" />
              <DataTable.Col source="email" />
              <DataTable.Col source="status" />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.companies.tabs.offers" path="offers">
          <ReferenceManyField reference="offers" target="companyId" perPage={25} pagination={<Pagination />}>
            <DataTable<Offer> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="reference" />
              <DataTable.Col source="title" />
              <DataTable.Col source="status" />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.companies.tabs.usage" path="usage">
          <ReferenceManyField
            reference="credit-ledger"
            target="companyId"
            sort={{ field: 'id', order: 'DESC' }}
            perPage={25}
            pagination={<Pagination />}
          >
            <CreditLedgerTable />
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.companies.tabs.audit" path="audit">
          <ReferenceManyField
            reference="audit-logs"
            target="recordId"
            filter={{ resource: 'companies' }}
            sort={{ field: 'id', order: 'DESC' }}
            perPage={25}
            pagination={<Pagination />}
          >
            <AuditLogTable />
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </RecordShow>
  );
}

function CompanyShowActions() {
  return (
    <TopToolbar>
      <AdjustCreditsButton />
      <EditButton />
    </TopToolbar>
  );
}
