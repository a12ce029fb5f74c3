import { Create, SimpleForm, useCanAccess, useDataProvider, useNotify, useRedirect } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { useNotifyFailure } from '../common/useNotifyFailure';
import type { Candidate } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';
import { CandidateDuplicates } from './CandidateDuplicates';
import { CandidateInputs, toCandidateData } from './CandidateInputs';
import { validateCandidate } from './validation';

const DEFAULTS = {
  country: 'FR',
  remote: 'partial',
  skills: [],
  tags: [],
  contractTypes: [],
  source: 'sourcing',
};

/** On create, "merge" saves the typed profile then folds it into the existing one (server-side). */
function CreateDuplicates() {
  const { getValues, reset } = useFormContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const redirect = useRedirect();
  const { canAccess: canMerge } = useCanAccess({ resource: 'candidates', action: 'edit' });
  const merge = async (into: Candidate) => {
    try {
      const { data } = await dataProvider.create<Candidate>('candidates', {
        data: toCandidateData(getValues()) as unknown as Candidate,
      });
      await dataProvider.mergeCandidate(data.id, into.id);
      reset(getValues()); // saved: leaving the form is not losing work
      notify('resources.candidates.duplicates.merged', { type: 'success' });
      redirect('show', 'candidates', into.id);
    } catch (error) {
      notifyFailure(error);
    }
  };
  return <CandidateDuplicates onMerge={canMerge ? merge : undefined} />;
}

export function CandidateCreate() {
  return (
    <Create mutationMode="pessimistic" transform={toCandidateData} redirect="show">
      <SimpleForm defaultValues={DEFAULTS} validate={validateCandidate} warnWhenUnsavedChanges>
        <CreateDuplicates />
        <CandidateInputs />
      </SimpleForm>
    </Create>
  );
}
