import type { Country, PostalAddress } from './types';

/**
 * A postal address (a company's billing address): its parts, their limits and the postcode rule per
 * market. Pure: the form, the API's validation and the OpenAPI document read the same rules.
 */
export const ADDRESS_PARTS = ['street', 'postcode', 'city', 'country'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/** Longest accepted text per part (country is FR or GB). */
export const ADDRESS_MAX_LENGTH: Record<Exclude<AddressPart, 'country'>, number> = {
  street: 200,
  postcode: 10,
  city: 80,
};

/**
 * France: five digits (75002). United Kingdom: outward code, optional space, inward code
 * (SW1A 1AA, M1 1AE, EH1 1YZ, CF10 1EP), either case.
 */
export const POSTCODE_PATTERNS: Record<Country, RegExp> = {
  FR: /^\d{5}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
};

export function isPostcode(country: Country, value: string): boolean {
  return POSTCODE_PATTERNS[country].test(value.trim());
}

/** How the postcode is stored: UK ones upper case with one space before the inward code. */
export function normalizePostcode(country: Country, value: string): string {
  const compact = value.trim();
  if (country !== 'GB') return compact;
  const bare = compact.replace(/\s+/g, '').toUpperCase();
  return `${bare.slice(0, -3)} ${bare.slice(-3)}`;
}

/** Postcode and city in the order the address's country writes them: "75002 Paris" / "London SW1A 1AA". */
export function townLine(address: PostalAddress): string {
  return address.country === 'GB'
    ? `${address.city} ${address.postcode}`
    : `${address.postcode} ${address.city}`;
}

/** One line, in the order each country writes it: "12 rue X, 75002 Paris" / "1 High St, London SW1A 1AA". */
export function formatAddress(address: PostalAddress): string {
  return `${address.street}, ${townLine(address).trim()}, ${address.country}`;
}

const PARTS = new Set<string>(ADDRESS_PARTS);

/** Whether a value has the shape of an address (the parts and nothing else), for display code. */
export function isAddress(value: unknown): value is PostalAddress {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === ADDRESS_PARTS.length &&
    Object.keys(value).every((key) => PARTS.has(key))
  );
}
