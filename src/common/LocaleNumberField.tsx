import { NumberField, type NumberFieldProps } from 'react-admin';
import { useIntlLocale } from './useIntlLocale';

/** A number in the reader's language (12 345 in French), not the browser's. */
export function LocaleNumberField(props: NumberFieldProps) {
  return <NumberField locales={useIntlLocale()} {...props} />;
}
