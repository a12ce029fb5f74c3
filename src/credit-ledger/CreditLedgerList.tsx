import { List, ReferenceInput, SelectInput } from 'react-admin';
import { CREDIT_KINDS } from '../model/types';
import { CreditLedgerTable } from './CreditLedgerTable';

const filters = [
  <ReferenceInput key="companyId" source="companyId" reference="companies" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={CREDIT_KINDS.map((id) => ({ id, name: id }))} />,
];

/** Every credit movement, newest first, paged on the server. */
export function CreditLedgerList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} filters={filters} exporter={false}>
      <CreditLedgerTable showCompany />
    </List>
  );
}
