import { Chip, type ChipProps } from '@mui/material';
import { type FieldProps, useFieldValue, useTranslate } from 'react-admin';
import type { Stage } from '../model/types';

const COLORS: Record<Stage, ChipProps['color']> = {
  new: 'info',
  screening: 'default',
  interview: 'primary',
  technical: 'primary',
  offer: 'secondary',
  hired: 'success',
  rejected: 'error',
  withdrawn: 'warning',
};

/** An application's stage as a chip: the word is always written, the colour only helps. */
export function StageField(props: FieldProps) {
  const stage = useFieldValue({ ...props, source: props.source ?? 'stage' }) as Stage | undefined;
  const translate = useTranslate();
  if (!stage) return null;
  return (
    <Chip size="small" color={COLORS[stage]} label={translate(`resources.applications.stage.${stage}`)} />
  );
}
