import { Typography } from '@mui/material';
import { type FieldProps, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney } from '../model/format';
import type { Offer } from '../model/types';

/** "€55,000 – €65,000 / year" or "£500 – £650 / day", in the reader's locale. */
export function OfferPayField(_props: FieldProps) {
  const record = useRecordContext<Offer>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!record) return null;
  const freelance = record.contractType === 'freelance';
  const [min, max] = freelance
    ? [record.dailyRateMin, record.dailyRateMax]
    : [record.salaryMin, record.salaryMax];
  if (min == null && max == null) return <Typography variant="body2">—</Typography>;
  const money = (value: number | null) => (value == null ? '…' : formatMoney(value, record.currency, locale));
  const unit = translate(`resources.offers.units.${freelance ? 'day' : 'year'}`);
  return (
    <Typography variant="body2">
      {`${money(min)} – ${money(max)} ${unit}`}
      {record.ir35 ? ` · ${translate(`resources.offers.ir35.${record.ir35}`)}` : ''}
    </Typography>
  );
}
