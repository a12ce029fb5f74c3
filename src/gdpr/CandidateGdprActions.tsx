import { Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { saveFile } from '../common/saveFile';
import { useNotifyFailure } from '../common/useNotifyFailure';
import type { Candidate } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

/** GDPR requests on a candidate (support, admin): export everything held, or anonymise for good. */
export function CandidateGdprActions() {
  const candidate = useRecordContext<Candidate>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess: canExport } = useCanAccess({ resource: 'candidates', action: 'export' });
  const { canAccess: canAnonymise } = useCanAccess({ resource: 'candidates', action: 'anonymise' });
  const [open, setOpen] = useState(false);
  if (!candidate) return null;
  const name = `${candidate.firstName} ${candidate.lastName}`;

  const exportData = async () => {
    try {
      const { data } = await dataProvider.exportCandidate(candidate.id);
      saveFile(JSON.stringify(data, null, 2), `candidate-${candidate.id}.json`, 'application/json');
      notify('app.gdpr.exported', { type: 'success' });
    } catch (failure) {
      notifyFailure(failure);
    }
  };
  const anonymise = async () => {
    await dataProvider.anonymizeCandidate(candidate.id);
    await queryClient.invalidateQueries();
    notify('app.gdpr.anonymised', { type: 'success' });
    setOpen(false);
  };

  return (
    <>
      {canExport && <Button onClick={exportData}>{translate('app.gdpr.export')}</Button>}
      {canAnonymise && !candidate.anonymizedAt && (
        <Button color="error" onClick={() => setOpen(true)}>
          {translate('app.gdpr.anonymise')}
        </Button>
      )}
      {open && (
        <ReasonDialog
          title={translate('app.gdpr.anonymise_title', { name })}
          explanation={translate('app.gdpr.anonymise_explanation')}
          reasonLabel={translate('app.gdpr.type_name', { name })}
          confirmLabel={translate('app.gdpr.anonymise')}
          // Not a reason but the candidate's name typed out: this cannot be undone.
          accepts={(typed) => typed.trim() === name}
          reasonRequired={false}
          destructive
          onClose={() => setOpen(false)}
          onConfirm={anonymise}
        />
      )}
    </>
  );
}
