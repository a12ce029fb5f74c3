import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  usePermissions,
  useTranslate,
} from 'react-admin';
import {
  CONTRACT_CHOICES,
  COUNTRY_CHOICES,
  EXPERIENCE_CHOICES,
  REMOTE_CHOICES,
} from '../common/choices/offers';
import { SkillsInput } from '../common/SkillsInput';
import type { Role } from '../model/types';
import { OfferDescriptionInput } from './OfferDescriptionInput';
import { OfferPayInputs } from './OfferPayInputs';
import { validateDescription, validateExpiry, validateSkills, validateTitle } from './offerValidation';

/** Expiry is a day: the offer runs until the end of it (UTC). */
const parseExpiry = (value: string | null) => (value ? `${value}T23:59:59.000Z` : null);
const req = required();
const validExpiry = validateExpiry(() => Date.now());

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>
      {translate(`resources.offers.sections.${title}`)}
    </Typography>
  );
}

/**
 * The fields of an offer, shared by Create and Edit. Status is not edited here: it changes through
 * the workflow actions (publish, pause, close, reopen), which say why the API refuses.
 */
export function OfferInputs({ create = false }: { create?: boolean }) {
  const { permissions } = usePermissions<{ role: Role } | null>();
  const staff = permissions?.role === 'admin';
  return (
    <>
      <Section title="job" />
      <TextInput source="title" validate={validateTitle} fullWidth />
      {staff && create && (
        <ReferenceInput source="companyId" reference="companies">
          <AutocompleteInput validate={req} />
        </ReferenceInput>
      )}
      <ReferenceInput source="recruiterId" reference="users" filter={{ role: 'recruiter' }}>
        <AutocompleteInput />
      </ReferenceInput>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <SelectInput source="contractType" choices={CONTRACT_CHOICES} validate={req} />
        <SelectInput source="experienceLevel" choices={EXPERIENCE_CHOICES} validate={req} />
        <SelectInput source="remote" choices={REMOTE_CHOICES} validate={req} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextInput source="city" validate={req} />
        <SelectInput source="country" choices={COUNTRY_CHOICES} validate={req} />
      </Box>
      <OfferPayInputs />
      <Section title="description" />
      <SkillsInput validate={validateSkills} helperText="resources.offers.help.skills" fullWidth />
      <OfferDescriptionInput validate={validateDescription} />
      <Section title="publication" />
      <DateInput source="expiresAt" parse={parseExpiry} validate={validExpiry} />
    </>
  );
}
