import type { CreditKind, Identifier } from './types';

/**
 * `GET /companies/{id}/credit-usage?months=12`: the credits a company spent per calendar month
 * (UTC), net of the refunds of those debits, computed by the API (the app never sums ledger lines).
 * Spending is a CV unlock or an offer going live (not resumed from a pause); allowances and
 * support adjustments are not spending. Shared by the app and the reference API.
 */
export interface CreditUsageMonth {
  /** YYYY-MM */
  month: string;
  cvUnlocks: number;
  jobSlots: number;
}

export interface CreditUsage {
  companyId: Identifier;
  /** Oldest first, one per month, the current month last (months with no spending hold 0). */
  months: CreditUsageMonth[];
  /** Spent over these months. */
  totals: Record<CreditKind, number>;
  /** The balance now, which is the sum of the company's whole ledger. */
  balance: Record<CreditKind, number>;
}

export const CREDIT_USAGE_DEFAULT_MONTHS = 12;
export const CREDIT_USAGE_MAX_MONTHS = 36;
