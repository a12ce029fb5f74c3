import {
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { FormSection } from '../common/FormSection';
import type { Company } from '../model/types';
import { CompanyContactInputs } from './CompanyContactInputs';
import { PLAN_CHOICES, SIZE_CHOICES, STATUS_CHOICES } from './choices';

/**
 * Identity, contact and billing details, plan and renewal, status. A suspension needs a reason
 * (the API refuses it too). Credits change only through "Adjust credits", never here.
 */
export function CompanyInputs() {
  const translate = useTranslate();
  const reasonWhenSuspended = (value: unknown, all: Partial<Company>) =>
    all.status === 'suspended' && !(typeof value === 'string' && value.trim())
      ? translate('resources.companies.status_reason_required')
      : undefined;
  return (
    <>
      <FormSection title="resources.companies.sections.identity">
        <TextInput source="name" validate={required()} />
        <TextInput source="legalId" validate={required()} />
        <TextInput source="city" validate={required()} />
        <TextInput source="sector" validate={required()} />
        <SelectInput source="size" choices={SIZE_CHOICES} validate={required()} />
        <TextInput source="website" type="url" />
      </FormSection>
      <FormSection title="resources.companies.sections.contact">
        <CompanyContactInputs />
      </FormSection>
      <FormSection title="resources.companies.sections.plan">
        <SelectInput source="plan" choices={PLAN_CHOICES} validate={required()} />
        <DateInput source="renewalDate" />
        <ReferenceInput source="salesOwnerId" reference="users" filter={{ role: 'sales' }}>
          {/* Options read as the users resource's recordRepresentation. */}
          <SelectInput />
        </ReferenceInput>
        <SelectInput source="status" choices={STATUS_CHOICES} validate={required()} />
        <FormDataConsumer<Company>>
          {({ formData }) =>
            formData.status === 'suspended' || formData.statusReason ? (
              <TextInput source="statusReason" multiline validate={reasonWhenSuspended} />
            ) : null
          }
        </FormDataConsumer>
      </FormSection>
    </>
  );
}
