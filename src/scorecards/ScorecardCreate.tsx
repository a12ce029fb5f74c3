import { Create, Edit } from 'react-admin';
import { ScorecardInputs, toScorecardPayload } from './ScorecardInputs';

/** Pessimistic: a submission missing a rating comes back as 422 on the fields. */
export function ScorecardCreate() {
  return (
    <Create redirect="list" transform={toScorecardPayload}>
      <ScorecardInputs creating />
    </Create>
  );
}

export function ScorecardEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={toScorecardPayload}>
      <ScorecardInputs />
    </Edit>
  );
}
