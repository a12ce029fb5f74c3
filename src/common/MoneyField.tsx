import { Typography } from '@mui/material';
import { type FieldProps, useFieldValue, useLocaleState, useRecordContext } from 'react-admin';
import { formatMoney } from '../model/format';
import type { Currency } from '../model/types';

interface MoneyFieldProps extends FieldProps {
  /** The record field holding the currency code. */
  currencySource?: string;
  /** The value is in cents (e.g. mrrCents). */
  cents?: boolean;
}

/** An amount in the record's currency, formatted for the reader's locale. */
export function MoneyField({ currencySource = 'currency', cents = false, ...props }: MoneyFieldProps) {
  const value = useFieldValue(props);
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (typeof value !== 'number') return null;
  const currency = (record?.[currencySource] as Currency | undefined) ?? 'EUR';
  return (
    <Typography variant="body2">{formatMoney(cents ? value / 100 : value, currency, locale)}</Typography>
  );
}
