import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import type { Application } from '../model/types';

/**
 * An application as a picker lists it: the candidate's name, the offer's title and the stage
 * (its id alone tells a recruiter nothing). Use as a SelectInput's `optionText` element; the
 * names come in one batched call per resource for the whole list.
 */
export function ApplicationOptionText() {
  const record = useRecordContext<Application>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      <ReferenceField source="candidateId" reference="candidates" link={false} />
      {' — '}
      <ReferenceField source="offerId" reference="offers" link={false} />
      {` (${translate(`resources.applications.stage.${record.stage}`)})`}
    </span>
  );
}
