import { Chip, type ChipProps } from '@mui/material';
import { type FieldProps, useFieldValue, useTranslate } from 'react-admin';
import type { OfferStatus } from '../model/types';

const COLORS: Record<OfferStatus, ChipProps['color']> = {
  draft: 'default',
  published: 'success',
  paused: 'warning',
  closed: 'default',
  expired: 'error',
};

/** The status as a chip: the word is always written, the colour only helps scanning. */
export function OfferStatusField(props: FieldProps) {
  const status = useFieldValue({ ...props, source: props.source ?? 'status' }) as OfferStatus | undefined;
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={COLORS[status]}
      variant={status === 'closed' ? 'outlined' : 'filled'}
      label={translate(`resources.offers.status.${status}`)}
    />
  );
}
