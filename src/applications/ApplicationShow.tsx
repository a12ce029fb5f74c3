import { NumberField, ReferenceField, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordShow } from '../common/RecordShow';

/** A read-only view of the key fields; another company's record shows the not-found page. */
export function ApplicationShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <ReferenceField source="candidateId" reference="candidates" />
        <ReferenceField source="offerId" reference="offers" />
        <TextField source="stage" />
        <NumberField source="rating" />
        <LocaleDateField source="appliedAt" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
