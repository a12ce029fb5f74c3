import { isEmailAddress, isPhone } from '../model/contact';
import type { ContractType } from '../model/types';

/**
 * The client side of the API's candidate rules (mocks/domain/records/validation.ts): the same phone and URL
 * checks, plus pay expectations that follow the contract types. Messages are i18n keys.
 */
export type CandidateErrors = Record<string, string>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isWebUrl(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (/[\s\u0000-\u001f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The candidate's numeric fields (the API refuses anything else in them). */
export const NUMBER_FIELDS = ['yearsOfExperience', 'desiredSalary', 'desiredDailyRate'] as const;

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

export function validateCandidate(values: Record<string, unknown>): CandidateErrors {
  const errors: CandidateErrors = {};
  if (!present(values.firstName)) errors.firstName = 'ra.validation.required';
  if (!present(values.lastName)) errors.lastName = 'ra.validation.required';
  if (!present(values.email)) errors.email = 'ra.validation.required';
  else if (!isEmailAddress(values.email)) errors.email = 'ra.validation.email';
  if (present(values.phone) && !isPhone(String(values.phone)))
    errors.phone = 'resources.candidates.validation.phone';
  if (present(values.linkedinUrl) && !isWebUrl(String(values.linkedinUrl)))
    errors.linkedinUrl = 'resources.candidates.validation.url';
  if (!present(values.country)) errors.country = 'ra.validation.required';
  if (
    present(values.availableFrom) &&
    !(DATE.test(String(values.availableFrom)) && !Number.isNaN(Date.parse(String(values.availableFrom))))
  )
    errors.availableFrom = 'resources.candidates.validation.date';
  const contracts = (Array.isArray(values.contractTypes) ? values.contractTypes : []) as ContractType[];
  const salary = present(values.desiredSalary);
  const rate = present(values.desiredDailyRate);
  if (salary && rate) errors.desiredDailyRate = 'resources.candidates.validation.pay_both';
  else if (rate && contracts.length > 0 && !contracts.includes('freelance'))
    errors.desiredDailyRate = 'resources.candidates.validation.pay_rate';
  else if (salary && contracts.length > 0 && contracts.every((c) => c === 'freelance'))
    errors.desiredSalary = 'resources.candidates.validation.pay_salary';
  // The form's number inputs hold numbers only; an imported file's cells may hold words ("abc").
  for (const field of NUMBER_FIELDS)
    if (present(values[field]) && typeof values[field] !== 'number') errors[field] ??= 'ra.validation.number';
  return errors;
}
