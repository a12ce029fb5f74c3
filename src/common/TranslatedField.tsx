import { Typography } from '@mui/material';
import { type FieldProps, useFieldValue, useTranslate } from 'react-admin';

/** An enum value shown by its label in the reader's language (`prefix.value`). */
export function TranslatedField({ prefix, ...props }: FieldProps & { prefix: string }) {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (value == null || value === '')
    return props.emptyText ? (
      <Typography variant="body2">{translate(props.emptyText, { _: props.emptyText })}</Typography>
    ) : null;
  return <Typography variant="body2">{translate(`${prefix}.${value}`)}</Typography>;
}
