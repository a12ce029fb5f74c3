import { ReferenceField, useRecordContext } from 'react-admin';
import type { Interview } from '../model/types';
import { LocaleDateField } from './LocaleDateField';

const WHEN = { dateStyle: 'medium', timeStyle: 'short' } as const;

/** An interview as a picker lists it: the candidate and when, in the reader's language. */
export function InterviewOptionText() {
  const record = useRecordContext<Interview>();
  if (!record) return null;
  return (
    <span>
      <ReferenceField source="candidateId" reference="candidates" link={false} />
      {' · '}
      <LocaleDateField source="startsAt" showTime options={WHEN} />
    </span>
  );
}
