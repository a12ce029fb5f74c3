import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { CONTRACT_CHOICES, COUNTRY_CHOICES, REMOTE_CHOICES, STATUS_CHOICES } from '../common/choices/offers';
import { SkillsInput } from '../common/SkillsInput';
import { WholeNumberFilterInput } from '../common/wholeNumberFilter';

/** The list's filters, each mapping to one API filter (skills: all must match). */
export const offerFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} />,
  <SelectInput key="contractType" source="contractType" choices={CONTRACT_CHOICES} />,
  <SelectInput key="remote" source="remote" choices={REMOTE_CHOICES} />,
  <SelectInput key="country" source="country" choices={COUNTRY_CHOICES} />,
  <TextInput key="city" source="city" />,
  <SkillsInput key="skills" source="skills" />,
  <WholeNumberFilterInput key="salaryMin_gte" source="salaryMin_gte" min={0} step={1000} />,
  <WholeNumberFilterInput key="salaryMax_lte" source="salaryMax_lte" min={0} step={1000} />,
  <ReferenceInput key="recruiterId" source="recruiterId" reference="users" filter={{ role: 'recruiter' }}>
    <AutocompleteInput />
  </ReferenceInput>,
];
