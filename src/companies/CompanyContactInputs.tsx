import { maxLength, SelectInput, TextInput } from 'react-admin';
import { EMAIL_INPUT, validateEmail } from '../common/emailInput';
import { ADDRESS_MAX_LENGTH } from '../model/address';
import { COUNTRY_CHOICES } from './choices';
import { requiredInAddress, validPostcode } from './validation';

/**
 * Who to talk to and where invoices go: the contact person, the phone and billing e-mail, and the
 * postal billing address (all of its parts or none; the postcode follows its country).
 */
export function CompanyContactInputs() {
  return (
    <>
      <TextInput source="contactName" validate={maxLength(120)} />
      <TextInput source="contactEmail" slotProps={EMAIL_INPUT} validate={validateEmail} />
      <TextInput source="phone" type="tel" />
      <TextInput source="billingEmail" slotProps={EMAIL_INPUT} validate={validateEmail} />
      <TextInput
        source="billingAddress.street"
        fullWidth
        validate={[requiredInAddress, maxLength(ADDRESS_MAX_LENGTH.street)]}
      />
      <TextInput source="billingAddress.postcode" validate={validPostcode} />
      <TextInput
        source="billingAddress.city"
        validate={[requiredInAddress, maxLength(ADDRESS_MAX_LENGTH.city)]}
      />
      <SelectInput source="billingAddress.country" choices={COUNTRY_CHOICES} validate={requiredInAddress} />
    </>
  );
}
