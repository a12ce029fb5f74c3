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
  refund: {
    action: 'Refund',
    title: 'Refund this movement (%{delta})',
    reason: 'Reason',
    done: 'Refunded',
  },
};
