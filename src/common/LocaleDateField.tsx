import { DateField, type DateFieldProps, useLocaleState } from 'react-admin';
import { intlLocale } from './format';

/** A date (or date and time) in the reader's language (en → en-GB, day first), not the browser's. */
export function LocaleDateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={intlLocale(locale)} {...props} />;
}
