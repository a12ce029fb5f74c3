import { Alert } from '@mui/material';
import {
  DateInput,
  FormDataConsumer,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { CONTRACT_CHOICES, choicesOf, REMOTE_CHOICES } from '../common/choices/offers';
import { EMAIL_INPUT } from '../common/emailInput';
import { FormSection } from '../common/FormSection';
import { SkillsInput } from '../common/SkillsInput';
import { CANDIDATE_SOURCES, type Country, CURRENCY_BY_COUNTRY } from '../model/types';
import { COUNTRY_CHOICES } from './CandidateFilters';
import { useProfileEditable } from './useProfileEditable';

/** A web-address keyboard without type="url", for the reason EMAIL_INPUT gives. */
const URL_INPUT = { htmlInput: { inputMode: 'url' } } as const;

/**
 * The candidate form, shared by Create and Edit, in the sections a recruiter reads a profile by.
 * A profile the user may only tag (see useProfileEditable) shows its other fields read-only.
 */
export function CandidateInputs() {
  const translate = useTranslate();
  const editable = useProfileEditable();
  const readOnly = !editable;
  return (
    <>
      {readOnly && (
        <Alert severity="info" sx={{ width: '100%' }}>
          {translate('resources.candidates.edit.tags_only')}
        </Alert>
      )}
      <FormSection title="resources.candidates.sections.identity">
        <TextInput source="firstName" isRequired readOnly={readOnly} />
        <TextInput source="lastName" isRequired readOnly={readOnly} />
        <TextInput source="email" slotProps={EMAIL_INPUT} isRequired readOnly={readOnly} />
        <TextInput source="phone" type="tel" readOnly={readOnly} />
        <TextInput source="linkedinUrl" slotProps={URL_INPUT} readOnly={readOnly} />
      </FormSection>
      <FormSection title="resources.candidates.sections.profile">
        <TextInput source="headline" fullWidth readOnly={readOnly} />
        <SkillsInput readOnly={readOnly} />
        <NumberInput source="yearsOfExperience" min={0} max={60} step={1} readOnly={readOnly} />
        <TextInput source="city" readOnly={readOnly} />
        <SelectInput source="country" choices={COUNTRY_CHOICES} isRequired readOnly={readOnly} />
        <TextInput source="summary" multiline minRows={3} fullWidth readOnly={readOnly} />
      </FormSection>
      <FormSection title="resources.candidates.sections.expectations">
        <SelectArrayInput source="contractTypes" choices={CONTRACT_CHOICES} readOnly={readOnly} />
        <FormDataConsumer<{ contractTypes?: string[] }>>
          {({ formData }) => {
            const types = formData.contractTypes ?? [];
            const freelanceOnly = types.length > 0 && types.every((t) => t === 'freelance');
            return (
              <>
                {!freelanceOnly && (
                  <NumberInput source="desiredSalary" min={0} step={1000} readOnly={readOnly} />
                )}
                {(types.length === 0 || types.includes('freelance')) && (
                  <NumberInput source="desiredDailyRate" min={0} step={10} readOnly={readOnly} />
                )}
              </>
            );
          }}
        </FormDataConsumer>
        <FormDataConsumer<{ country?: Country }>>
          {({ formData }) => (
            <TextInput
              source="currency"
              readOnly
              format={() => (formData.country ? CURRENCY_BY_COUNTRY[formData.country] : '')}
            />
          )}
        </FormDataConsumer>
        <SelectInput source="remote" choices={REMOTE_CHOICES} readOnly={readOnly} />
        <DateInput source="availableFrom" readOnly={readOnly} />
      </FormSection>
      <FormSection title="resources.candidates.sections.other">
        <SelectInput
          source="source"
          choices={choicesOf(CANDIDATE_SOURCES, 'app.sources')}
          readOnly={readOnly}
        />
        <TextArrayInput source="tags" />
      </FormSection>
    </>
  );
}

/** What the form sends: empty strings become null, the currency follows the country. */
export function toCandidateData(values: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = { ...values };
  for (const field of ['phone', 'linkedinUrl', 'availableFrom', 'desiredSalary', 'desiredDailyRate'])
    if (data[field] === '' || data[field] === undefined) data[field] = null;
  if (data.country === 'FR' || data.country === 'GB') data.currency = CURRENCY_BY_COUNTRY[data.country];
  return data;
}
