import { useDataProvider, useNotify, usePermissions, useRecordContext, useRedirect } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { SafeEdit } from '../common/conflict/SafeEdit';
import { useNotifyFailure } from '../common/useNotifyFailure';
import type { Candidate, Identifier, Role } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';
import { CandidateDuplicates } from './CandidateDuplicates';
import { CandidateInputs, toCandidateData } from './CandidateInputs';
import { profileEditable, useProfileEditable } from './useProfileEditable';
import { validateCandidate } from './validation';

/** Merging folds this profile into the duplicate: only for a profile the user may edit in full. */
function EditDuplicates() {
  const record = useRecordContext<Candidate>();
  const editable = useProfileEditable();
  const { getValues, reset } = useFormContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const redirect = useRedirect();
  if (!record) return null;
  const merge = async (into: Candidate) => {
    try {
      await dataProvider.mergeCandidate(record.id, into.id);
      reset(getValues()); // saved: leaving the form is not losing work
      notify('resources.candidates.duplicates.merged', { type: 'success' });
      redirect('show', 'candidates', into.id);
    } catch (error) {
      notifyFailure(error);
    }
  };
  return <CandidateDuplicates onMerge={editable ? merge : undefined} />;
}

/**
 * SafeEdit: pessimistic, and a refused save never loses the typing (422 on the fields, 409 in the
 * conflict dialog, an expired session or a network failure in their own dialogs).
 */
export function CandidateEdit() {
  const { permissions } = usePermissions<{ role: Role; companyId: Identifier | null } | null>();
  // A profile the user may only tag is not theirs to check (a masked one has no email to show).
  const validate = (values: Record<string, unknown>) =>
    profileEditable(values as Pick<Candidate, 'ownerCompanyId'>, permissions)
      ? validateCandidate(values)
      : {};
  return (
    <SafeEdit transform={toCandidateData} validate={validate}>
      <EditDuplicates />
      <CandidateInputs />
    </SafeEdit>
  );
}
