import { DataTable, ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { CreditLedgerEntry } from '../model/types';
import { LedgerActionField, LedgerRecordField, LedgerRuleField } from './LedgerFields';
import { RefundButton } from './RefundButton';

function KindField() {
  const entry = useRecordContext<CreditLedgerEntry>();
  const translate = useTranslate();
  return entry ? translate(`resources.companies.fields.credits.${entry.kind}`) : null;
}

/** Ledger lines: what moved, why (the rule in words), the record concerned, the balance after, a refund. */
export function CreditLedgerTable({ showCompany = false }: { showCompany?: boolean }) {
  return (
    <DataTable<CreditLedgerEntry> rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="at" field={LocaleDateField} />
      {showCompany && (
        <DataTable.Col source="companyId">
          <ReferenceField source="companyId" reference="companies" />
        </DataTable.Col>
      )}
      <DataTable.Col source="kind" field={KindField} />
      <DataTable.NumberCol source="delta" options={{ signDisplay: 'exceptZero' }} />
      <DataTable.NumberCol source="balanceAfter" />
      <DataTable.Col source="action" field={LedgerActionField} />
      <DataTable.Col source="recordId" disableSort field={LedgerRecordField} />
      <DataTable.Col source="rule" disableSort field={LedgerRuleField} />
      <DataTable.Col source="actorId">
        <ReferenceField source="actorId" reference="users" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label={false}>
        <RefundButton />
      </DataTable.Col>
    </DataTable>
  );
}
