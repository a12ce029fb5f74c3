import { MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { type Company, CREDIT_KINDS, type CreditKind } from '../model/types';
import { CreditsProblemDialog } from './CreditsProblemDialog';
import { type CreditsRequest, useAdjustCredits } from './useAdjustCredits';

/**
 * A signed amount, a mandatory reason, the balance before and after. Whatever the save meets (a
 * balance changed meanwhile, an ended session, no network), what was typed stays in the dialog.
 */
export function AdjustCreditsDialog({ company, onClose }: { company: Company; onClose: () => void }) {
  const translate = useTranslate();
  const [kind, setKind] = useState<CreditKind>('cvUnlocks');
  const [delta, setDelta] = useState('');
  const [negative, setNegative] = useState(false);
  // What was last sent: a problem's retry sends it again (the form is behind the problem's dialog).
  const [sent, setSent] = useState<CreditsRequest | null>(null);
  const adjust = useAdjustCredits(company, onClose);
  const before = adjust.seen.credits[kind];
  const amount = Number(delta);
  const whole = delta.trim() !== '' && Number.isInteger(amount);
  const after = before + (whole ? amount : 0);
  const amountError = negative
    ? translate('resources.companies.credits.negative')
    : (adjust.fieldErrors.delta ?? null);

  const confirm = async (reason: string) => {
    if (after < 0) return setNegative(true);
    const request = { kind, delta: amount, reason };
    setSent(request);
    await adjust.submit(request);
  };

  return (
    <>
      <ReasonDialog
        title={translate('resources.companies.credits.title', { name: company.name })}
        reasonLabel={translate('resources.companies.credits.reason')}
        reasonError={adjust.fieldErrors.reason}
        failure={adjust.error && translate(adjust.error, { _: adjust.error })}
        confirmLabel={translate('resources.companies.credits.submit')}
        ready={whole && amount !== 0 && !adjust.saving}
        multiline
        onConfirm={confirm}
        onClose={onClose}
        footer={
          <>
            <p>{translate('resources.companies.credits.before', { balance: before })}</p>
            <p>{translate('resources.companies.credits.after', { balance: after })}</p>
          </>
        }
      >
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
      </ReasonDialog>
      {adjust.problem && sent && (
        <CreditsProblemDialog
          problem={adjust.problem}
          kind={sent.kind}
          delta={sent.delta}
          onRetry={() => void adjust.submit(sent)}
          onDismiss={adjust.dismiss}
        />
      )}
    </>
  );
}
