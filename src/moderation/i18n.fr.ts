import type { boardsEn, offerPublicationsEn } from './i18n.en';

/** `resources.offer-publications.*` et `resources.boards.*` */
export const offerPublicationsFr: typeof offerPublicationsEn = {
  name: 'Publication |||| File de modération',
  fields: {
    id: 'Id',
    offerId: 'Offre',
    boardId: 'Site',
    companyId: 'Entreprise',
    state: 'État',
    severity: 'Gravité',
    findings: 'Pourquoi elle est signalée',
    submittedAt: 'Soumise le',
    decidedAt: 'Décidée le',
    rejectionReason: 'Motif',
    views: 'Vues',
    applicationsCount: 'Candidatures',
  },
  states: {
    'pending-review': 'En attente de validation',
    live: 'En ligne',
    rejected: 'Refusée',
    expired: 'Expirée',
  },
  severities: { none: 'Aucune', soft: 'À vérifier', blocking: 'Bloquante' },
  codes: {
    discrimination: 'Critère discriminatoire',
    'pay-range': 'Pas de fourchette de rémunération',
    'contact-details': 'Coordonnées',
    'external-link': 'Lien hors du site',
    duplicate: 'Republication d’une offre en ligne',
    language: 'Mauvaise langue',
    'too-short': 'Trop courte',
    'all-caps': 'Majuscules',
    'inclusive-wording': 'Rédaction non inclusive',
    misleading: 'Offre trompeuse',
    other: 'Autre',
  },
  findings: {
    discrimination_age:
      'Critère d’âge (« %{passage} »)\u00A0: indiquez plutôt les compétences et l’expérience attendues.',
    discrimination_sex: 'Critère de sexe (« %{passage} »)\u00A0: le poste doit être ouvert à tous.',
    discrimination_gender_identity: 'Critère d’identité de genre (« %{passage} »)\u00A0: supprimez-le.',
    discrimination_origin:
      'Critère d’origine ou de nationalité (« %{passage} »)\u00A0: demandez plutôt un niveau de langue ou un permis de travail.',
    discrimination_family: 'Critère de situation de famille (« %{passage} »)\u00A0: supprimez-le.',
    discrimination_pregnancy: 'Critère de grossesse (« %{passage} »)\u00A0: supprimez-le.',
    discrimination_health:
      'Critère de santé ou de handicap (« %{passage} »)\u00A0: décrivez plutôt les tâches du poste.',
    discrimination_religion: 'Critère de religion (« %{passage} »)\u00A0: supprimez-le.',
    discrimination_appearance: 'Critère d’apparence physique (« %{passage} »)\u00A0: supprimez-le.',
    discrimination_orientation: 'Critère d’orientation sexuelle (« %{passage} »)\u00A0: supprimez-le.',
    pay_range_salary:
      '%{board} demande une fourchette de salaire\u00A0: renseignez le minimum et le maximum.',
    pay_range_daily: '%{board} demande une fourchette de TJM\u00A0: renseignez le minimum et le maximum.',
    contact_details:
      'Coordonnées dans le texte (« %{passage} »)\u00A0: les candidats postulent via le site ; retirez-les.',
    external_link: 'Lien hors du site (%{host})\u00A0: gardez la candidature sur le site.',
    duplicate:
      'Ressemble à une republication de votre offre en ligne %{reference} (%{similarity} % identique)\u00A0: mettez plutôt celle-ci à jour.',
    language: 'Le texte semble rédigé en %{found}, le site attend %{expected}.',
    too_short:
      'Seulement %{words} mots\u00A0: le site en demande au moins %{min}. Décrivez le poste, l’équipe et les compétences.',
    all_caps: 'Écrit en majuscules\u00A0: écrivez en casse normale.',
    inclusive_title: 'Ajoutez « (H/F) » ou une forme inclusive au titre.',
    gendered_words: 'Mots genrés (%{words})\u00A0: préférez une formulation neutre.',
  },
  offer: {
    tab: 'Sites d’emploi',
    none: 'Cette offre n’est encore sur aucun site.',
    choose: 'Envoyer sur des sites',
    send: 'Envoyer',
    sent: 'Envoyée sur les sites choisis',
    only_published: 'Publiez l’offre pour l’envoyer sur des sites.',
    resubmit: 'Renvoyer',
    resubmitted: 'Renvoyée',
    checks: 'Ce que les contrôles ont relevé',
  },
  queue: {
    keys: 'Clavier\u00A0: j / k suivante et précédente, a valider, r refuser.',
    empty: 'Rien n’attend de validation.',
    approve: 'Valider',
    reject: 'Refuser',
    approve_selected: 'Valider la sélection',
    reject_selected: 'Refuser la sélection',
    reject_title: 'Refuser la publication |||| Refuser %{smart_count} publications',
    code: 'Règle enfreinte',
    reason: 'Motif que lira le recruteur',
    approved: 'Validée |||| %{smart_count} validées',
    rejected: 'Refusée |||| %{smart_count} refusées',
    flagged: 'Passages signalés',
  },
};

export const boardsFr: typeof boardsEn = {
  name: 'Site d’emploi |||| Sites d’emploi',
  fields: {
    id: 'Id',
    name: 'Nom',
    url: 'Site',
    country: 'Pays',
    languages: 'Langues',
    active: 'Actif',
    createdAt: 'Ajouté le',
    rules: 'Règles',
  },
  languages: { fr: 'Français', en: 'Anglais' },
  rules: {
    requiresPayRange: 'Exige une fourchette de rémunération',
    requiresPayRange_help: 'Les offres sans minimum et maximum de salaire (ou de TJM) sont refusées.',
    inclusiveWording: 'Exige une rédaction inclusive',
    inclusiveWording_help:
      'Les titres portent « (H/F) » ou une forme neutre ; les mots genrés sont signalés.',
    minWords: 'Nombre minimal de mots de description',
    minWords_help: 'De 0 à 1 000 mots de texte.',
    min_words_value: 'Au moins %{count} mots',
  },
  active_yes: 'Oui',
  active_no: 'Non',
  active_help:
    'Un site inactif ne prend plus de nouvelles offres ; celles qui y sont en ligne restent jusqu’à leur fin.',
};
