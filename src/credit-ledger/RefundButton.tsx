import { Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
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
  if (!entry || !canAccess || entry.delta >= 0 || entry.action === 'refund') return null;

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {translate('resources.credit-ledger.refund.action')}
      </Button>
      {open && (
        <ReasonDialog
          title={translate('resources.credit-ledger.refund.title', { delta: entry.delta })}
          reasonLabel={translate('resources.credit-ledger.refund.reason')}
          confirmLabel={translate('resources.credit-ledger.refund.action')}
          onClose={() => setOpen(false)}
          onConfirm={async (reason) => {
            await dataProvider.refundCredit(entry.id, reason);
            await queryClient.invalidateQueries({ queryKey: ['credit-ledger'] });
            await queryClient.invalidateQueries({ queryKey: ['companies'] });
            notify('resources.credit-ledger.refund.done', { type: 'success' });
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
