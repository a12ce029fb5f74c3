import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { townLine } from '../model/address';
import type { PostalAddress } from '../model/types';

/** A postal address as it is written on an envelope, the country in the reader's language. */
export function AddressField({ source }: { source: string; label?: string }) {
  const record = useRecordContext<Record<string, unknown>>();
  const translate = useTranslate();
  const address = record?.[source] as PostalAddress | null | undefined;
  if (!address) return <Typography variant="body2">—</Typography>;
  return (
    <Typography variant="body2" component="address" sx={{ fontStyle: 'normal' }}>
      {address.street}
      <br />
      {townLine(address)}
      <br />
      {translate(`resources.offers.country.${address.country}`, { _: address.country })}
    </Typography>
  );
}
