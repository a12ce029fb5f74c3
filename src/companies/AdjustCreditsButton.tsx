import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { Company } from '../model/types';
import { AdjustCreditsDialog } from './AdjustCreditsDialog';

/** Credits change only here (support, admin): opens the adjustment dialog on the company shown. */
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
