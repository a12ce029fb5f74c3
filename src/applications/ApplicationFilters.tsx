import { AutocompleteInput, DateInput, ReferenceInput, SelectArrayInput } from 'react-admin';
import { choicesOf } from '../common/choices/offers';
import { STAGES } from '../model/types';

export const STAGE_CHOICES = choicesOf(STAGES, 'resources.applications.stage');

/** Stage (several), offer, recruiter and an applied-date range; each maps to one API filter. */
export const applicationFilters = [
  <SelectArrayInput key="stage" source="stage" choices={STAGE_CHOICES} alwaysOn />,
  <ReferenceInput key="offerId" source="offerId" reference="offers">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="recruiterId" source="recruiterId" reference="users" filter={{ role: 'recruiter' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <DateInput key="appliedAt_gte" source="appliedAt_gte" />,
  <DateInput key="appliedAt_lte" source="appliedAt_lte" />,
];
