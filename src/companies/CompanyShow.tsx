import { SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { MoneyField } from '../common/MoneyField';
import { RecordShow } from '../common/RecordShow';
import { SafeUrlField } from '../common/SafeUrlField';

/** A read-only view of the key fields; another company's record shows the not-found page. */
export function CompanyShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="legalId" />
        <TextField source="country" />
        <TextField source="city" />
        <SafeUrlField source="website" />
        <TextField source="sector" />
        <TextField source="plan" />
        <MoneyField source="mrrCents" cents />
        <TextField source="status" />
        <LocaleDateField source="createdAt" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
