import { NumberField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordShow } from '../common/RecordShow';

/** A read-only view of the key fields; another company's record shows the not-found page. */
export function OfferShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="reference" />
        <TextField source="title" />
        <ReferenceField source="companyId" reference="companies" />
        <TextField source="contractType" />
        <TextField source="city" />
        <TextField source="status" />
        <LocaleDateField source="publishedAt" />
        <NumberField source="applicationsCount" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
