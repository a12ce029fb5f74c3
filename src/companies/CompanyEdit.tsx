import type { Values } from '../common/conflict/conflicts';
import { SafeEdit } from '../common/conflict/SafeEdit';
import type { Company } from '../model/types';
import { CompanyInputs } from './CompanyInputs';
import { hasAddress } from './validation';

/** An address form left blank is no address: null, as the API stores it (and no false conflict). */
const toCompanyData = (values: Values): Values => ({
  ...values,
  billingAddress: hasAddress(values as Partial<Company>) ? values.billingAddress : null,
});

/** Support and admin edit an account; conflicts, expired sessions and network failures lose nothing. */
export function CompanyEdit() {
  return (
    <SafeEdit transform={toCompanyData}>
      <CompanyInputs />
    </SafeEdit>
  );
}
