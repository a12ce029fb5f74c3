import type { auditLogsEn } from './i18n.en';

export const auditLogsFr: typeof auditLogsEn = {
  name: "Entrée du journal d'audit |||| Journal d'audit",
  fields: {
    id: 'Id',
    at: 'Date',
    actorId: 'Auteur',
    actorRole: 'Rôle',
    action: 'Action',
    resource: 'Ressource',
    recordId: 'Fiche',
    reason: 'Motif',
    changes: 'Modifications',
    at_gte: 'Du',
    at_lte: 'Au',
  },
  change: { field: 'Champ', before: 'Avant', after: 'Après', none: 'Aucun champ modifié' },
};
