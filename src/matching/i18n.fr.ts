import type { matchingEn } from './i18n.en';

/** `matching.*` in French, merged into src/i18n/fr.ts; same keys as i18n.en.ts. */
export const matchingFr: typeof matchingEn = {
  reasons: {
    skillsMatched: 'A %{count} des %{total} compétences demandées : %{skills}',
    skillsInProfileText: 'Cite %{skills} dans le texte du profil (hors liste de compétences)',
    skillsMissing: 'Manque %{count} des %{total} compétences demandées : %{skills}',
    seniorityFits:
      "%{smart_count} an d'expérience, adapté au niveau demandé (%{level}) |||| %{smart_count} ans d'expérience, adapté au niveau demandé (%{level})",
    seniorityBelow:
      "%{smart_count} an d'expérience ; le niveau demandé (%{level}) en attend au moins %{min} |||| %{smart_count} ans d'expérience ; le niveau demandé (%{level}) en attend au moins %{min}",
    seniorityAbove:
      "%{smart_count} an d'expérience : plus senior que le niveau demandé (%{level}) |||| %{smart_count} ans d'expérience : plus senior que le niveau demandé (%{level})",
    offerFullRemote: "L'offre est en télétravail complet (%{country})",
    remoteOnlyOnSite: "Télétravail uniquement ; l'offre est sur site à %{city}",
    remoteOnlyHybrid: "Télétravail uniquement ; l'offre est en partie sur site à %{city}",
    sameCity: 'Habite à %{city}',
    otherCity: "Habite à %{candidateCity} ; l'offre est à %{city}",
    otherCountry: "Habite en %{candidateCountry} ; l'offre est à %{city} (%{country})",
    payInRange: 'Attend %{amount} %{period}, dans la fourchette',
    payAboveRange: 'Attend %{amount} %{period}, %{percent} % au-dessus de la fourchette',
    contractMatches: 'Ouvert à ce contrat (%{contractType})',
    contractMismatch: "Cherche : %{wanted} ; l'offre est en %{contractType}",
    availableNow: 'Disponible tout de suite',
    availableIn: 'Disponible dans %{smart_count} semaine |||| Disponible dans %{smart_count} semaines',
  },
  period: { year: 'par an', day: 'par jour' },
  score: 'Adéquation : %{score} sur 100',
  rank: 'N° %{rank}',
  matched_skills: 'Compétences présentes',
  missing_skills: 'Compétences manquantes',
  reasons_label: 'Pourquoi ce rang',
  positive: 'En faveur',
  negative: 'En défaveur',
  masked: 'Coordonnées masquées',
  masked_hint: "Les coordonnées restent masquées tant que votre entreprise n'a pas débloqué ce profil.",
  loading: 'Classement des profils…',
  error: "Les profils correspondants n'ont pas pu être chargés.",
  show_more: 'Afficher plus',
  count: '%{shown} premiers sur %{total} classés',
  best_matches: {
    title: 'Meilleurs profils pour cette offre',
    empty: 'Aucun candidat ne correspond encore à cette offre.',
  },
  matching_offers: {
    tab: 'Offres correspondantes',
    title: 'Offres correspondant à ce profil',
    empty: 'Aucune offre publiée ne correspond à ce profil.',
  },
  invite: {
    confirm_title: 'Inviter %{name} et débloquer ses coordonnées ?',
    confirm:
      'Les coordonnées de ce profil sont masquées : l’invitation les débloque pour votre entreprise et utilise un crédit CV (il vous en reste %{smart_count}). Une fois débloqué, le profil le reste pour toute votre entreprise.',
    button_paid: 'Inviter à postuler (1 crédit CV)',
    done_paid:
      '%{name} est invité : la candidature est dans la colonne « Nouvelle » du pipeline. Ses coordonnées sont débloquées (1 crédit CV).',
    credits_left:
      'Coordonnées masquées : l’invitation les débloque. %{smart_count} crédit CV restant |||| Coordonnées masquées : l’invitation les débloque. %{smart_count} crédits CV restants',
    no_credit:
      'Plus de crédit CV : inviter un profil masqué le débloque et en demande un. Demandez-en à votre chargé de compte.',
    button: 'Inviter à postuler',
    invited: 'Invité',
    applied: 'A déjà postulé',
    done: '%{name} est invité : la candidature est dans la colonne « Nouvelle » du pipeline.',
    duplicate: "%{name} a déjà une candidature pour cette offre : aucune seconde invitation n'a été envoyée.",
    failed: "L'invitation n'a pas pu être envoyée : %{message}",
  },
};
