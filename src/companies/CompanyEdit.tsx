import { SafeEdit } from '../common/conflict/SafeEdit';
import { CompanyInputs } from './CompanyInputs';

/** Support and admin edit an account; conflicts, expired sessions and network failures lose nothing. */
export function CompanyEdit() {
  return (
    <SafeEdit>
      <CompanyInputs />
    </SafeEdit>
  );
}
