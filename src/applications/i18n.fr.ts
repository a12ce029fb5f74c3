import type { applicationsEn } from './i18n.en';

/** `resources.applications.*` in French, merged into src/i18n/fr.ts (loaded lazily with it). */
export const applicationsFr: typeof applicationsEn = {
  name: 'Candidature |||| Candidatures',
  fields: {
    id: 'Id',
    candidateId: 'Candidat',
    offerId: 'Offre',
    recruiterId: 'Recruteur',
    stage: 'Étape',
    position: 'Position dans la colonne',
    rating: 'Note',
    rejectionReason: 'Motif de refus',
    source: 'Source',
    appliedAt: 'Postulé le',
    appliedAt_gte: 'Postulé à partir du',
    appliedAt_lte: 'Postulé jusqu’au',
    stageChangedAt: 'Changement d’étape',
    matchScore: 'Adéquation',
  },
  stage: {
    new: 'Nouvelle',
    screening: 'Présélection',
    interview: 'Entretien',
    technical: 'Test technique',
    offer: 'Proposition',
    hired: 'Recruté',
    rejected: 'Refusée',
    withdrawn: 'Retirée',
  },
  source: {
    'free-work': 'Free-Work',
    linkedin: 'LinkedIn',
    referral: 'Cooptation',
    'job-board': 'Job board',
    sourcing: 'Sourcing',
    import: 'Import',
  },
  actions: {
    reject: 'Refuser',
    reject_title: '%{smart_count} candidature |||| %{smart_count} candidatures',
    reject_help: 'Le motif est conservé sur chaque candidature et affiché dans son historique.',
    rejected: '%{smart_count} candidature refusée |||| %{smart_count} candidatures refusées',
    partly_rejected:
      '%{done} refusée(s), %{failed} impossible(s) (modifiée(s) entre-temps ou non autorisée(s))',
    change_stage: 'Changer d’étape',
    move: 'Déplacer',
    moved: 'Déplacée vers %{stage}',
    rating_saved: 'Note enregistrée',
  },
  validation: { reason_required: 'Un motif est obligatoire pour refuser' },
  show: {
    timeline: 'Historique',
    no_activity: 'Rien d’enregistré pour le moment.',
    stage_change: '%{from} → %{to}',
    current_stage: 'Étape actuelle',
  },
};
