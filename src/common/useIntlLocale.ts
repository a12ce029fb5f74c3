import { useLocaleState } from 'react-admin';
import { intlLocale } from '../model/format';

/** The UI language as an Intl locale, for react-admin fields that take `locales` (dates, numbers). */
export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return intlLocale(locale);
}
