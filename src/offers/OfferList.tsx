import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Offer } from '../types';

/** Paged offers, newest first; the minimal screen until the real one lands. */
export function OfferList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<Offer> rowClick={'show'}>
        <DataTable.Col source="reference" />
        <DataTable.Col source="title" />
        <DataTable.Col source="companyId">
          <ReferenceField source="companyId" reference="companies" />
        </DataTable.Col>
        <DataTable.Col source="contractType" />
        <DataTable.Col source="city" />
        <DataTable.Col source="status" />
        <DataTable.Col source="publishedAt" field={LocaleDateField} />
        <DataTable.NumberCol source="applicationsCount" />
      </DataTable>
    </List>
  );
}
