import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import { type Company, CREDIT_KINDS, type CreditKind } from '../types';

/** Credits change only here: a signed amount, a mandatory reason, the balance before and after. */
export function AdjustCreditsButton() {
  const company = useRecordContext<Company>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'companies', action: 'credits' });
  const [open, setOpen] = useState(false);
  if (!company || !canAccess) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{translate('resources.companies.credits.adjust')}</Button>
      {open && <AdjustCreditsDialog company={company} onClose={() => setOpen(false)} />}
    </>
  );
}

function AdjustCreditsDialog({ company, onClose }: { company: Company; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [kind, setKind] = useState<CreditKind>('cvUnlocks');
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  /** A refusal about the amount (the balance would go below zero) shows under the amount field. */
  const [amountError, setAmountError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const before = company.credits[kind];
  const amount = Number(delta);
  const valid = Number.isInteger(amount) && amount !== 0 && reason.trim().length >= 3;
  const after = before + (Number.isInteger(amount) ? amount : 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (after < 0) return setAmountError(translate('resources.companies.credits.negative'));
    setAmountError(null);
    setSaving(true);
    try {
      const { data } = await dataProvider.adjustCredits(company.id, {
        kind,
        delta: amount,
        reason: reason.trim(),
      });
      await queryClient.invalidateQueries({ queryKey: ['companies'] });
      await queryClient.invalidateQueries({ queryKey: ['credit-ledger'] });
      await queryClient.invalidateQueries({ queryKey: ['audit-logs'] });
      notify('resources.companies.credits.done', {
        type: 'success',
        messageArgs: { balance: data.company.credits[kind] },
      });
      onClose();
    } catch (failure) {
      // The typed amount and reason stay in the dialog: the user can correct and retry.
      const body = (failure as { body?: { errors?: Record<string, string> } }).body;
      // The server refuses the amount when the balance changed meanwhile: show it under the field,
      // and refresh the balance so "before" and "after" are true again.
      if (body?.errors?.delta) {
        setAmountError(body.errors.delta);
        await queryClient.invalidateQueries({ queryKey: ['companies'] });
      } else setError((failure as Error).message);
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="credits-title">
      <form onSubmit={submit}>
        <DialogTitle id="credits-title">
          {translate('resources.companies.credits.title', { name: company.name })}
        </DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          <TextField
            select
            label={translate('resources.companies.credits.kind')}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as CreditKind);
              setAmountError(null);
            }}
            fullWidth
            margin="dense"
          >
            {CREDIT_KINDS.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`resources.companies.fields.credits.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={translate('resources.companies.credits.delta')}
            type="number"
            value={delta}
            onChange={(event) => {
              setDelta(event.target.value);
              setAmountError(null);
            }}
            error={amountError !== null}
            helperText={amountError ?? undefined}
            fullWidth
            margin="dense"
            required
          />
          <TextField
            label={translate('resources.companies.credits.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            fullWidth
            margin="dense"
            required
            multiline
          />
          <p>{translate('resources.companies.credits.before', { balance: before })}</p>
          <p>{translate('resources.companies.credits.after', { balance: after })}</p>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!valid || saving}>
            {translate('resources.companies.credits.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
