import { Link, Typography } from '@mui/material';
import { type FieldProps, useFieldValue, useTranslate } from 'react-admin';
import { safeUrl } from './url';

/**
 * react-admin's UrlField renders any scheme as a link (a known react-admin trap); this one links http, https
 * and mailto only and shows anything else as plain text.
 */
export function SafeUrlField(props: FieldProps) {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (value == null || value === '') return null;
  const href = safeUrl(value);
  if (!href) return <Typography variant="body2">{String(value)}</Typography>;
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      variant="body2"
      onClick={(event) => event.stopPropagation()}
      title={translate('app.fields.open_link')}
    >
      {String(value)}
    </Link>
  );
}
