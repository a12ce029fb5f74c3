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
    company_credits: 'Crédits ajustés',
    company_credits_refund: 'Crédits remboursés',
    user_lock: 'Compte verrouillé',
    user_unlock: 'Compte déverrouillé',
    candidate_unlock: 'Coordonnées débloquées',
    candidate_export: 'Données personnelles exportées',
    candidate_anonymize: 'Anonymisation',
    candidate_merge: 'Doublons fusionnés',
    application_move: 'Candidature déplacée',
  },
  change: { field: 'Champ', before: 'Avant', after: 'Après', none: 'Aucun champ modifié' },
};
