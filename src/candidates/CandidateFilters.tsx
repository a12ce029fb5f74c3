import { DateInput, SearchInput, SelectArrayInput, SelectInput, TextInput } from 'react-admin';
import { CONTRACT_CHOICES, choicesOf, REMOTE_CHOICES } from '../common/choices/offers';
import { SkillsInput } from '../common/SkillsInput';
import { WholeNumberFilterInput } from '../common/wholeNumberFilter';
import { CANDIDATE_SOURCES } from '../model/types';

/** The countries a candidate may live in, as `{id, name}` choices. */
export const COUNTRY_CHOICES = choicesOf(['FR', 'GB'], 'resources.candidates.countries');

/**
 * The list filters, in the API's dialect: `skills` as an array means "every one of them" (the API
 * matches all), ranges use `_gte`/`_lte`, `q` is the full-text search.
 */
export const candidateFilters = [
  // Narrow enough for the three and the list's buttons to share one row at 1440 px.
  <SearchInput key="q" source="q" alwaysOn sx={{ width: 160 }} />,
  <SkillsInput
    key="skills"
    source="skills"
    label="resources.candidates.filters.skills"
    alwaysOn
    sx={{ width: 200 }}
  />,
  <TextInput
    key="city"
    source="city"
    label="resources.candidates.fields.city"
    alwaysOn
    sx={{ width: 130 }}
  />,
  <SelectInput key="country" source="country" choices={COUNTRY_CHOICES} />,
  <SelectInput key="remote" source="remote" choices={REMOTE_CHOICES} />,
  <DateInput
    key="availableFrom_lte"
    source="availableFrom_lte"
    label="resources.candidates.filters.available_before"
  />,
  <WholeNumberFilterInput
    key="yearsOfExperience_gte"
    source="yearsOfExperience_gte"
    label="resources.candidates.filters.experience_min"
    min={0}
  />,
  <WholeNumberFilterInput
    key="yearsOfExperience_lte"
    source="yearsOfExperience_lte"
    label="resources.candidates.filters.experience_max"
    min={0}
  />,
  <SelectArrayInput key="contractTypes" source="contractTypes" choices={CONTRACT_CHOICES} />,
  <SelectInput key="source" source="source" choices={choicesOf(CANDIDATE_SOURCES, 'app.sources')} />,
  <TextInput key="tags" source="tags" label="resources.candidates.filters.tag" />,
];
