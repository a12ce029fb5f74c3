import { email, maxLength, SelectInput, TextInput } from 'react-admin';
import { ADDRESS_MAX_LENGTH } from '../model/address';
import { COUNTRY_CHOICES } from './choices';
import { requiredInAddress, validPostcode } from './validation';

/**
 * An e-mail keyboard without type="email": the browser's own validation would block
 * the submit with its bubble, in its language, before our message under the field could show.
 */
const EMAIL_INPUT = { htmlInput: { inputMode: 'email' } } as const;

/**
 * Who to talk to and where invoices go: the contact person, the phone and billing e-mail, and the
 * postal billing address (all of its parts or none; the postcode follows its country).
 */
export function CompanyContactInputs() {
  return (
    <>
      <TextInput source="contactName" validate={maxLength(120)} />
      <TextInput source="contactEmail" slotProps={EMAIL_INPUT} validate={email()} />
      <TextInput source="phone" type="tel" />
      <TextInput source="billingEmail" slotProps={EMAIL_INPUT} validate={email()} />
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
