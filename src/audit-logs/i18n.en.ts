/** `resources.audit-logs.*` */
export const auditLogsEn = {
  name: 'Audit log entry |||| Audit log',
  fields: {
    id: 'Id',
    at: 'Date',
    actorId: 'Actor',
    actorRole: 'Role',
    action: 'Action',
    resource: 'Resource',
    recordId: 'Record',
    reason: 'Reason',
    changes: 'Changes',
    at_gte: 'From',
    at_lte: 'To',
  },
  actions: {
    create: 'Created',
    update: 'Edited',
    delete: 'Deleted',
    company_credits: 'Credits adjusted',
    company_credits_refund: 'Credits refunded',
    user_lock: 'Account locked',
    user_unlock: 'Account unlocked',
    candidate_unlock: 'Contact details unlocked',
    candidate_export: 'Personal data exported',
    candidate_anonymize: 'Anonymised',
    candidate_merge: 'Duplicates merged',
    application_move: 'Application moved',
    match_feedback: 'Match marked (good or not a fit)',
    match_feedback_remove: 'Match mark undone',
    export: 'CSV export',
  },
  export_rows: '%{count} row exported |||| %{count} rows exported',
  export_changes: { filter: 'Filter', rows: 'Rows exported' },
  /** What an action did, where its fields alone do not say it. */
  explain: {
    candidate_anonymize:
      'The person was erased for good: the profile lost their name, contact details, headline, summary, city and tags, and every text the system held that named them (notes, messages, tasks, interviews, earlier audit values) says [anonymised] instead. Their applications are kept without the person, for the statistics.',
    candidate_export: 'Every record held about the person was exported for them (GDPR right of access).',
    candidate_unlock:
      'The profile’s contact details were unlocked for the actor’s company, for one CV credit unless they already were.',
  },
  change: { field: 'Field', before: 'Before', after: 'After', none: 'No field changed' },
};
