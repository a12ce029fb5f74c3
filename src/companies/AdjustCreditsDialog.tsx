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
import { type FormEvent, useState } from 'react';
import { useTranslate } from 'react-admin';
import { type Company, CREDIT_KINDS, type CreditKind } from '../model/types';
import { CreditsProblemDialog } from './CreditsProblemDialog';
import { useAdjustCredits } from './useAdjustCredits';

/**
 * A signed amount, a mandatory reason, the balance before and after. Whatever the save meets (a
 * balance changed meanwhile, an ended session, no network), what was typed stays in the dialog.
 */
export function AdjustCreditsDialog({ company, onClose }: { company: Company; onClose: () => void }) {
  const translate = useTranslate();
  const [kind, setKind] = useState<CreditKind>('cvUnlocks');
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const [negative, setNegative] = useState(false);
  const adjust = useAdjustCredits(company, onClose);
  const before = adjust.seen.credits[kind];
  const amount = Number(delta);
  const whole = delta.trim() !== '' && Number.isInteger(amount);
  const valid = whole && amount !== 0 && reason.trim().length >= 3;
  const after = before + (whole ? amount : 0);
  const request = { kind, delta: amount, reason: reason.trim() };
  const amountError = negative
    ? translate('resources.companies.credits.negative')
    : (adjust.fieldErrors.delta ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (after < 0) return setNegative(true);
    void adjust.submit(request);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="credits-title">
      <form onSubmit={submit}>
        <DialogTitle id="credits-title">
          {translate('resources.companies.credits.title', { name: company.name })}
        </DialogTitle>
        <DialogContent>
          {adjust.error && (
            <Alert severity="error" role="alert">
              {translate(adjust.error, { _: adjust.error })}
            </Alert>
          )}
          <TextField
            select
            label={translate('resources.companies.credits.kind')}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as CreditKind);
              setNegative(false);
              adjust.clearFieldError('delta');
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
              setNegative(false);
              adjust.clearFieldError('delta');
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
            error={Boolean(adjust.fieldErrors.reason)}
            helperText={adjust.fieldErrors.reason}
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
          <Button type="submit" variant="contained" disabled={!valid || adjust.saving}>
            {translate('resources.companies.credits.submit')}
          </Button>
        </DialogActions>
      </form>
      {adjust.problem && (
        <CreditsProblemDialog
          problem={adjust.problem}
          kind={kind}
          delta={whole ? amount : 0}
          onRetry={() => void adjust.submit(request)}
          onDismiss={adjust.dismiss}
        />
      )}
    </Dialog>
  );
}
