import { DataTable, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { CreditLedgerEntry } from '../types';
import { RefundButton } from './RefundButton';

/** Ledger lines: what moved, why (the rule or the support reason), the balance after, a refund. */
export function CreditLedgerTable({ showCompany = false }: { showCompany?: boolean }) {
  return (
    <DataTable<CreditLedgerEntry> rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="at" field={LocaleDateField} />
      {showCompany && (
        <DataTable.Col source="companyId">
          <ReferenceField source="companyId" reference="companies" />
        </DataTable.Col>
      )}
      <DataTable.Col source="kind" />
      <DataTable.NumberCol source="delta" />
      <DataTable.NumberCol source="balanceAfter" />
      <DataTable.Col source="action" />
      <DataTable.Col source="rule" />
      <DataTable.Col source="recordId" />
      <DataTable.Col source="reason" />
      <DataTable.Col source="actorId">
        <ReferenceField source="actorId" reference="users" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label={false}>
        <RefundButton />
      </DataTable.Col>
    </DataTable>
  );
}
