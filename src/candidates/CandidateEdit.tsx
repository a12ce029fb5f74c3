import {
  Edit,
  SimpleForm,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import type { Candidate } from '../types';
import { CandidateDuplicates } from './CandidateDuplicates';
import { CandidateInputs, toCandidateData } from './CandidateInputs';
import { validateCandidate } from './validation';

function EditDuplicates() {
  const record = useRecordContext<Candidate>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  if (!record) return null;
  const merge = async (into: Candidate) => {
    const message = translate('resources.candidates.duplicates.merge_confirm', {
      from: `${record.firstName} ${record.lastName}`,
      into: `${into.firstName} ${into.lastName}`,
    });
    if (!window.confirm(message)) return;
    try {
      await dataProvider.mergeCandidate(record.id, into.id);
      notify('resources.candidates.duplicates.merged', { type: 'success' });
      redirect('show', 'candidates', into.id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return <CandidateDuplicates onMerge={merge} />;
}

/** Pessimistic: a refused save (422, 403, 409) keeps what was typed and shows the errors on the fields. */
export function CandidateEdit() {
  return (
    <Edit mutationMode="pessimistic" transform={toCandidateData} redirect="show">
      <SimpleForm validate={validateCandidate} warnWhenUnsavedChanges>
        <EditDuplicates />
        <CandidateInputs />
      </SimpleForm>
    </Edit>
  );
}
