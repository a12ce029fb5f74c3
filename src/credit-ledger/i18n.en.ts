/** `resources.credit-ledger.*` */
export const creditLedgerEn = {
  name: 'Credit movement |||| Credit ledger',
  fields: {
    id: 'Id',
    at: 'Date',
    companyId: 'Company',
    kind: 'Credit',
    delta: 'Change',
    balanceAfter: 'Balance',
    action: 'Action',
    rule: 'Rule',
    recordId: 'Record',
    actorId: 'By',
    reason: 'Reason',
  },
  actions: {
    initial: 'Starting allowance',
    cv_unlock: 'CV unlock',
    job_slot: 'Offer published',
    support_adjustment: 'Support adjustment',
    refund: 'Refund',
  },
  rules: {
    initial: 'Starting allowance of the plan',
    cv_unlock:
      'CV unlock, candidate %{record}: first opening of this profile by the company (it then stays unlocked)',
    job_slot:
      'Job slot, offer %{record}: the offer went live (a first publication or a reopening; resuming a paused offer is free)',
    support_adjustment: 'Support adjustment: %{reason}',
    refund: 'Refund of movement #%{record}: %{reason}',
  },
  record: {
    cv_unlock: 'Candidate %{id}',
    job_slot: 'Offer %{id}',
    refund: 'Movement #%{id}',
    initial: '#%{id}',
    support_adjustment: '#%{id}',
  },
  usage: {
    title: 'Credits spent per month',
    month: 'Month',
    summary:
      'Over the last %{months} months: %{cvUnlocks} CV unlocks, %{jobSlots} job slots (net of refunds).',
  },
  refund: {
    action: 'Refund',
    title: 'Refund this movement (%{delta})',
    reason: 'Reason',
    done: 'Refunded',
  },
};
