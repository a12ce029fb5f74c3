import { NumberField, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordShow } from '../common/RecordShow';
import { SafeUrlField } from '../common/SafeUrlField';

/** A read-only view of the key fields; another company's record shows the not-found page. */
export function CandidateShow() {
  return (
    <RecordShow>
      <SimpleShowLayout>
        <TextField source="firstName" />
        <TextField source="lastName" />
        <TextField source="headline" />
        <TextField source="city" />
        <NumberField source="yearsOfExperience" />
        <SafeUrlField source="linkedinUrl" />
        <LocaleDateField source="lastActivityAt" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
