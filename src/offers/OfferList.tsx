import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  TopToolbar,
  useCanAccess,
  usePermissions,
} from 'react-admin';
import { csvExporter } from '../common/csv';
import { ListPagination } from '../common/ListPagination';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Offer, Role } from '../types';
import { OfferBulkStatusButton } from './OfferBulkStatusButton';
import { offerFilters } from './OfferFilters';
import { OfferQuickFilters } from './OfferQuickFilters';
import { OfferStatusField } from './OfferStatusField';
import { TranslatedField } from './TranslatedField';

/** The API refuses pages over 500 rows: the browser export stays within one such page. */
const EXPORT_MAX = 500;

function OfferListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton maxResults={EXPORT_MAX} />
    </TopToolbar>
  );
}

function OfferBulkActions() {
  return (
    <>
      <OfferBulkStatusButton action="pause" />
      <OfferBulkStatusButton action="close" />
    </>
  );
}

/** Offers, paged and filtered by the API; the company column is for staff, who see every company. */
export function OfferList() {
  const { permissions } = usePermissions<{ role: Role } | null>();
  const { canAccess: canEdit } = useCanAccess({ resource: 'offers', action: 'edit' });
  const role = permissions?.role;
  return (
    <List
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      filters={offerFilters}
      aside={<OfferQuickFilters />}
      actions={<OfferListActions />}
      exporter={csvExporter('offers', role, 'offers')}
      pagination={<ListPagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    >
      <DataTable<Offer> rowClick="show" bulkActionButtons={canEdit ? <OfferBulkActions /> : false}>
        <DataTable.Col source="reference" />
        <DataTable.Col source="title" />
        <DataTable.Col source="status" field={OfferStatusField} />
        {role !== 'recruiter' && (
          <DataTable.Col source="companyId" disableSort>
            <ReferenceField source="companyId" reference="companies" link={false} />
          </DataTable.Col>
        )}
        <DataTable.Col source="recruiterId" disableSort>
          <ReferenceField source="recruiterId" reference="users" link={false} />
        </DataTable.Col>
        <DataTable.Col source="contractType">
          <TranslatedField source="contractType" prefix="resources.offers.contract" />
        </DataTable.Col>
        <DataTable.Col source="city" />
        <DataTable.Col source="expiresAt" field={LocaleDateField} />
        <DataTable.NumberCol source="views" />
        <DataTable.NumberCol source="applicationsCount" />
      </DataTable>
    </List>
  );
}
