import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { Candidate } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

/** Offers a JSON document as a download. */
function download(name: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

/** GDPR requests on a candidate (support, admin): export everything held, or anonymise for good. */
export function CandidateGdprActions() {
  const candidate = useRecordContext<Candidate>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess: canExport } = useCanAccess({ resource: 'candidates', action: 'export' });
  const { canAccess: canAnonymise } = useCanAccess({ resource: 'candidates', action: 'anonymise' });
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  if (!candidate) return null;
  const name = `${candidate.firstName} ${candidate.lastName}`;

  const exportData = async () => {
    try {
      const { data } = await dataProvider.exportCandidate(candidate.id);
      download(`candidate-${candidate.id}.json`, data);
      notify('app.gdpr.exported', { type: 'success' });
    } catch (failure) {
      notify((failure as Error).message, { type: 'error' });
    }
  };
  const anonymise = async () => {
    try {
      await dataProvider.anonymizeCandidate(candidate.id);
      await queryClient.invalidateQueries();
      notify('app.gdpr.anonymised', { type: 'success' });
      setOpen(false);
    } catch (failure) {
      notify((failure as Error).message, { type: 'error' });
    }
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
        <Dialog open onClose={() => setOpen(false)} aria-labelledby="anonymise-title">
          <DialogTitle id="anonymise-title">{translate('app.gdpr.anonymise_title', { name })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('app.gdpr.anonymise_explanation')}</DialogContentText>
            <TextField
              label={translate('app.gdpr.type_name', { name })}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              fullWidth
              margin="dense"
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button color="error" variant="contained" disabled={typed.trim() !== name} onClick={anonymise}>
              {translate('app.gdpr.anonymise')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
