import {
  EmailField,
  NumberField,
  ReferenceField,
  SelectField,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { MoneyField } from '../common/MoneyField';
import { SafeUrlField } from '../common/SafeUrlField';
import type { Company } from '../model/types';
import { AddressField } from './AddressField';
import { COUNTRY_CHOICES, PLAN_CHOICES, SIZE_CHOICES, STATUS_CHOICES } from './choices';

/** The account's identity, contact and billing details, plan, credits and status (with its reason). */
export function CompanyOverview(_props: { label?: false }) {
  const company = useRecordContext<Company>();
  if (!company) return null;
  return (
    <SimpleShowLayout sx={{ p: 0 }}>
      <TextField source="name" />
      <TextField source="legalId" />
      <SelectField source="country" choices={COUNTRY_CHOICES} />
      <TextField source="city" />
      <TextField source="sector" />
      <SelectField source="size" choices={SIZE_CHOICES} />
      <SafeUrlField source="website" />
      <TextField source="contactName" emptyText="—" />
      <EmailField source="contactEmail" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <EmailField source="billingEmail" emptyText="—" />
      <AddressField source="billingAddress" />
      <SelectField source="plan" choices={PLAN_CHOICES} />
      <MoneyField source="mrrCents" cents />
      <LocaleDateField source="renewalDate" emptyText="—" />
      <NumberField source="credits.cvUnlocks" />
      <NumberField source="credits.jobSlots" />
      <SelectField source="status" choices={STATUS_CHOICES} />
      <TextField source="statusReason" emptyText="—" />
      <ReferenceField source="salesOwnerId" reference="users" link={false} emptyText="—" />
      <LocaleDateField source="createdAt" />
      <LocaleDateField source="lastActivityAt" emptyText="—" />
    </SimpleShowLayout>
  );
}
