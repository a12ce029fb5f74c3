import LockOpen from '@mui/icons-material/LockOpen';
import { Alert, Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Confirm,
  useCanAccess,
  useDataProvider,
  useGetOne,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { Candidate, Company, Identifier } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

interface UnlockResult {
  candidate: Candidate;
  charged: boolean;
  credits: { cvUnlocks: number };
}

/**
 * "Unlock contact": one CV credit of the company (the API refuses at zero with a 402), free again
 * for a profile already unlocked; none on an anonymised profile. The remaining credits are shown
 * before and after.
 */
export function CandidateUnlockButton() {
  const record = useRecordContext<Candidate>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'candidates', action: 'unlock' });
  const { permissions } = usePermissions<{ companyId: Identifier | null } | null>();
  const companyId = permissions?.companyId ?? null;
  const { data: company, refetch } = useGetOne<Company>(
    'companies',
    { id: companyId ?? 0 },
    { enabled: companyId !== null },
  );
  const [open, setOpen] = useState(false);
  const { mutate, isPending, error } = useMutation<
    { data: UnlockResult },
    { status?: number; message?: string }
  >({
    mutationFn: () => dataProvider.unlockCandidate<UnlockResult>((record as Candidate).id),
    onSuccess: ({ data }) => {
      notify(data.charged ? 'resources.candidates.unlock.done' : 'resources.candidates.unlock.free', {
        type: 'success',
        messageArgs: { smart_count: data.credits.cvUnlocks },
      });
      refetch();
      refresh();
    },
    onSettled: () => setOpen(false),
  });
  // An anonymised profile has nothing left to unlock (the API refuses it, charging nothing).
  if (!record || !canAccess || record.anonymizedAt) return null;
  const credits = company?.credits.cvUnlocks;
  const noCredit = credits === 0 || error?.status === 402;
  return (
    <>
      {credits !== undefined && (
        <span role="status">
          {translate('resources.candidates.unlock.credits_left', { smart_count: credits })}
        </span>
      )}
      {noCredit ? (
        <Alert severity="warning" role="alert">
          {translate('resources.candidates.unlock.no_credit')}
        </Alert>
      ) : (
        // Worded at every width: react-admin's Button is a bare padlock on phones, and this is the
        // action that spends a credit.
        <Button size="small" startIcon={<LockOpen />} onClick={() => setOpen(true)} disabled={isPending}>
          {translate('resources.candidates.unlock.button')}
        </Button>
      )}
      {error && error.status !== 402 && <Alert severity="error">{error.message}</Alert>}
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.candidates.unlock.confirm_title"
        content="resources.candidates.unlock.confirm"
        translateOptions={{ smart_count: credits ?? 0 }}
        onConfirm={() => mutate()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
