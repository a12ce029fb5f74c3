import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { CreditLedgerEntry } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

/** One click and a reason give back a debit (an unlock, a job slot): the API writes the opposite line. */
export function RefundButton() {
  const entry = useRecordContext<CreditLedgerEntry>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'companies', action: 'credits' });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!entry || !canAccess || entry.delta >= 0 || entry.action === 'refund') return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await dataProvider.refundCredit(entry.id, reason.trim());
      await queryClient.invalidateQueries({ queryKey: ['credit-ledger'] });
      await queryClient.invalidateQueries({ queryKey: ['companies'] });
      notify('resources.credit-ledger.refund.done', { type: 'success' });
      setOpen(false);
    } catch (failure) {
      notify((failure as Error).message, { type: 'error' });
    }
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {translate('resources.credit-ledger.refund.action')}
      </Button>
      {open && (
        <Dialog open onClose={() => setOpen(false)} aria-labelledby={`refund-${entry.id}`}>
          <form onSubmit={submit}>
            <DialogTitle id={`refund-${entry.id}`}>
              {translate('resources.credit-ledger.refund.title', { delta: entry.delta })}
            </DialogTitle>
            <DialogContent>
              <TextField
                label={translate('resources.credit-ledger.refund.reason')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                required
                fullWidth
                margin="dense"
              />
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
              <Button type="submit" variant="contained" disabled={reason.trim().length < 3}>
                {translate('resources.credit-ledger.refund.action')}
              </Button>
            </DialogActions>
          </form>
        </Dialog>
      )}
    </>
  );
}
