import { DateInput, FormDataConsumer, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { COMPANY_SIZES, COMPANY_STATUSES, type Company, PLANS } from '../types';

const choices = (values: readonly string[]) => values.map((id) => ({ id, name: id }));

/** Contact, billing, plan and status; credits change only through "Adjust credits". */
export function CompanyInputs() {
  const translate = useTranslate();
  const reasonWhenSuspended = (value: unknown, all: Partial<Company>) =>
    all.status === 'suspended' && !(typeof value === 'string' && value.trim())
      ? translate('resources.companies.status_reason_required')
      : undefined;
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="legalId" validate={required()} />
      <TextInput source="city" validate={required()} />
      <TextInput source="sector" validate={required()} />
      <SelectInput source="size" choices={choices(COMPANY_SIZES)} validate={required()} />
      <TextInput source="website" type="url" />
      <TextInput source="billingEmail" type="email" />
      <TextInput source="phone" type="tel" />
      <SelectInput source="plan" choices={choices(PLANS)} validate={required()} />
      <DateInput source="renewalDate" />
      <SelectInput source="status" choices={choices(COMPANY_STATUSES)} validate={required()} />
      <FormDataConsumer<Company>>
        {({ formData }) =>
          formData.status === 'suspended' || formData.statusReason ? (
            <TextInput source="statusReason" multiline validate={reasonWhenSuspended} />
          ) : null
        }
      </FormDataConsumer>
    </>
  );
}
