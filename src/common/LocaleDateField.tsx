import { DateField, type DateFieldProps } from 'react-admin';
import { useIntlLocale } from './useIntlLocale';

/** A date (or date and time) in the reader's language (en → en-GB, day first), not the browser's. */
export function LocaleDateField(props: DateFieldProps) {
  return <DateField locales={useIntlLocale()} {...props} />;
}
