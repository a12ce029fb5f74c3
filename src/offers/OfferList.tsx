import { type Theme, useMediaQuery } from '@mui/material';
import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceField,
  SimpleList,
  type SortPayload,
  TopToolbar,
  useCanAccess,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { ListPagination } from '../common/ListPagination';
import { LocaleDateField } from '../common/LocaleDateField';
import { ServerExportButton } from '../common/ServerExportButton';
import { TranslatedField } from '../common/TranslatedField';
import { useClearSelectionOnFilterChange } from '../common/useClearSelectionOnFilterChange';
import { useIntlLocale } from '../common/useIntlLocale';
import { useRefusedWholeNumbers } from '../common/wholeNumberFilter';
import type { Offer, Role } from '../model/types';
import { OfferBulkStatusButton } from './OfferBulkStatusButton';
import { offerFilters } from './OfferFilters';
import { OfferQuickFilters } from './OfferQuickFilters';
import { OfferStatusField } from './OfferStatusField';

/** Create for the roles that may; the export of every matching offer is done by the API. */
function OfferListActions() {
  const { canAccess: canCreate } = useCanAccess({ resource: 'offers', action: 'create' });
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      <ServerExportButton />
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

function OfferTable({ role, canEdit }: { role: Role | undefined; canEdit: boolean }) {
  useClearSelectionOnFilterChange();
  const locales = useIntlLocale();
  const translate = useTranslate();
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  // Ten columns do not fit a phone: one line of title, reference and status, each a link.
  if (isPhone)
    return (
      <SimpleList<Offer>
        primaryText={(offer) => offer.title}
        secondaryText={(offer) =>
          `${offer.reference} · ${translate(`resources.offers.status.${offer.status}`)}`
        }
        tertiaryText={(offer) =>
          translate('resources.offers.applications_count', { smart_count: offer.applicationsCount })
        }
        linkType="show"
      />
    );
  return (
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
      <DataTable.NumberCol source="views" locales={locales} />
      <DataTable.NumberCol source="applicationsCount" locales={locales} />
    </DataTable>
  );
}

const OFFER_SORT: SortPayload = { field: 'id', order: 'DESC' };
/** One value for the list and for the hook that reads its parameters, so the two cannot drift. */
const PER_PAGE = 25;

/** Offers, paged and filtered by the API; the company column is for staff, who see every company. */
export function OfferList() {
  const { permissions } = usePermissions<{ role: Role } | null>();
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'offers', action: 'edit' });
  const refused = useRefusedWholeNumbers('offers', offerFilters, { perPage: PER_PAGE, sort: OFFER_SORT });
  return (
    <List
      sort={OFFER_SORT}
      perPage={PER_PAGE}
      filter={refused}
      filters={offerFilters}
      aside={<OfferQuickFilters />}
      actions={<OfferListActions />}
      exporter={false}
      pagination={<ListPagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    >
      <OfferTable role={permissions?.role} canEdit={canEdit} />
    </List>
  );
}
