import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { CreditLedgerEntry } from '../types';

/** Paged credit ledger, newest first; the minimal screen until the real one lands. */
export function CreditLedgerList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<CreditLedgerEntry> rowClick={false}>
        <DataTable.Col source="at" field={LocaleDateField} />
        <DataTable.Col source="companyId">
          <ReferenceField source="companyId" reference="companies" />
        </DataTable.Col>
        <DataTable.Col source="kind" />
        <DataTable.NumberCol source="delta" />
        <DataTable.NumberCol source="balanceAfter" />
        <DataTable.Col source="action" />
      </DataTable>
    </List>
  );
}
