import { isPostcode } from '../model/address';
import type { Company, Country } from '../model/types';

/**
 * The client side of the API's billing-address rules (src/model/address.ts, used by the API too):
 * an address is all of street, postcode, city and country or nothing, and the postcode follows the
 * address's country. Messages are i18n keys; react-admin input validators, one per part.
 */
type Values = Partial<Company>;

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** True once the user typed any of street, postcode or city (the country alone is no address). */
export function hasAddress(values: Values): boolean {
  const address = values.billingAddress;
  return !!address && (filled(address.street) || filled(address.postcode) || filled(address.city));
}

/** The part is required as soon as the address is started. */
export const requiredInAddress = (value: unknown, values: Values) =>
  hasAddress(values) && !filled(value) ? 'resources.companies.validation.address_part' : undefined;

export function validPostcode(value: unknown, values: Values): string | undefined {
  const missing = requiredInAddress(value, values);
  if (missing || !filled(value)) return missing;
  const country = values.billingAddress?.country as Country | undefined;
  if (country === 'FR' && !isPostcode('FR', value as string))
    return 'resources.companies.validation.postcode_fr';
  if (country === 'GB' && !isPostcode('GB', value as string))
    return 'resources.companies.validation.postcode_gb';
  return undefined;
}
