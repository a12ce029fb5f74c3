import {
  DataTable,
  EditButton,
  Pagination,
  ReferenceManyField,
  SelectField,
  TabbedShowLayout,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { AuditLogTable } from '../audit-logs/AuditLogTable';
import { STATUS_CHOICES as OFFER_STATUS_CHOICES } from '../common/choices/offers';
import { RecordShow } from '../common/RecordShow';
import { CreditLedgerTable } from '../credit-ledger/CreditLedgerTable';
import { CreditUsageCard } from '../credit-ledger/CreditUsageCard';
import { CompanyFeed } from '../feeds/CompanyFeed';
import type { Offer } from '../model/types';
import { AdjustCreditsButton } from './AdjustCreditsButton';
import { CompanyHealth } from './CompanyHealth';
import { CompanyOverview } from './CompanyOverview';
import { CompanyUsers } from './CompanyUsers';

/**
 * An account at a glance: overview, its users and offers, credit usage (the API's monthly figures,
 * then the ledger) and its audit trail (for the roles that may read it). Sales read it only.
 */
export function CompanyShow() {
  const { canAccess: canAudit } = useCanAccess({ resource: 'audit-logs', action: 'list' });
  const { canAccess: canFeed } = useCanAccess({ resource: 'feed-imports', action: 'list' });
  return (
    <RecordShow actions={<CompanyShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.companies.tabs.overview">
          <CompanyHealth label={false} />
          <CompanyOverview label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.companies.tabs.users" path="users">
          <CompanyUsers label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.companies.tabs.offers" path="offers">
          <ReferenceManyField reference="offers" target="companyId" perPage={25} pagination={<Pagination />}>
            <DataTable<Offer> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="reference" />
              <DataTable.Col source="title" />
              <DataTable.Col source="status">
                <SelectField source="status" choices={OFFER_STATUS_CHOICES} />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.companies.tabs.usage" path="usage">
          <CreditUsageCard label={false} />
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
        {canFeed && (
          <TabbedShowLayout.Tab label="resources.companies.tabs.feed" path="feed">
            <CompanyFeed label={false} />
          </TabbedShowLayout.Tab>
        )}
        {canAudit && (
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
        )}
      </TabbedShowLayout>
    </RecordShow>
  );
}

/** Edit and "Adjust credits" hide themselves from the roles the API would refuse (sales, recruiters). */
function CompanyShowActions() {
  return (
    <TopToolbar>
      <AdjustCreditsButton />
      <EditButton />
    </TopToolbar>
  );
}
