import { Create, SimpleForm } from 'react-admin';
import { OfferInputs } from './OfferInputs';

/** New offers start as drafts; publishing is a workflow action on the saved offer. */
const DEFAULTS = {
  status: 'draft',
  contractType: 'permanent',
  experienceLevel: 'intermediate',
  remote: 'partial',
  country: 'FR',
  currency: 'EUR',
  skills: [],
  description: '',
  salaryMin: null,
  salaryMax: null,
  dailyRateMin: null,
  dailyRateMax: null,
  ir35: null,
  expiresAt: null,
};

export function OfferCreate() {
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm defaultValues={DEFAULTS} warnWhenUnsavedChanges>
        <OfferInputs create />
      </SimpleForm>
    </Create>
  );
}
