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
    match_feedback: 'Profil évalué (adapté ou non)',
    match_feedback_remove: 'Évaluation de profil annulée',
    export: 'Export CSV',
  },
  export_rows: '%{count} ligne exportée |||| %{count} lignes exportées',
  export_changes: { filter: 'Filtre', rows: 'Lignes exportées' },
  explain: {
    candidate_anonymize:
      'La personne a été effacée définitivement : le profil a perdu son nom, ses coordonnées, son titre, son résumé, sa ville et ses tags, et chaque texte du système qui la nommait (notes, messages, tâches, entretiens, anciennes valeurs du journal) porte [anonymised] à la place. Ses candidatures sont conservées sans la personne, pour les statistiques.',
    candidate_export:
      'Toutes les données détenues sur la personne ont été exportées pour elle (droit d’accès RGPD).',
    candidate_unlock:
      'Les coordonnées du profil ont été débloquées pour l’entreprise de l’auteur, pour un crédit CV s’il ne l’était pas déjà.',
  },
  change: { field: 'Champ', before: 'Avant', after: 'Après', none: 'Aucun champ modifié' },
};
