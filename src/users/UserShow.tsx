import { ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordShow } from '../common/RecordShow';

/** A read-only view of the key fields; another company's record shows the not-found page. */
export function UserShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="firstName" />
        <TextField source="lastName" />
        <TextField source="email" />
        <TextField source="role" />
        <ReferenceField source="companyId" reference="companies" />
        <TextField source="status" />
        <TextField source="locale" />
        <LocaleDateField source="lastLoginAt" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
