/**
 * The rule each kind of movement applies, in words (the API's `rule`; the app words it per locale
 * from the action). One place, so the seed and the live API say the same.
 */
export const LEDGER_RULES = {
  cv_unlock:
    'One CV unlock credit the first time the company opens a profile; it then stays unlocked for the company',
  job_slot:
    'One job slot each time an offer goes live (first publication, or reopening a closed or expired offer); resuming a paused offer is free',
  support_adjustment: 'Manual adjustment by support',
  refund: 'Refund of ledger entry',
} as const;

export const initialRule = (plan: string): string => `Plan ${plan}: starting allowance`;
