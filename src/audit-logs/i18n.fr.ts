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
  actions: {
    create: 'Création',
    update: 'Modification',
    delete: 'Suppression',
    'company.credits': 'Crédits ajustés',
    'company.credits.refund': 'Crédits remboursés',
    'user.lock': 'Compte verrouillé',
    'user.unlock': 'Compte déverrouillé',
    'candidate.unlock': 'Coordonnées débloquées',
    'candidate.export': 'Données personnelles exportées',
    'candidate.anonymize': 'Anonymisation',
    'candidate.merge': 'Doublons fusionnés',
    'application.move': 'Candidature déplacée',
  },
  change: { field: 'Champ', before: 'Avant', after: 'Après', none: 'Aucun champ modifié' },
};
