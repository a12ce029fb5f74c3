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
  change: { field: 'Field', before: 'Before', after: 'After', none: 'No field changed' },
};
