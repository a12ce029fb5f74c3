import { Create, Edit } from 'react-admin';
import { InterviewInputs } from './InterviewInputs';

/** Pessimistic: the server may refuse the slot (409 clash) and the form must keep what was typed. */
export function InterviewCreate() {
  return (
    <Create redirect="show">
      <InterviewInputs creating />
    </Create>
  );
}

export function InterviewEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <InterviewInputs />
    </Edit>
  );
}
