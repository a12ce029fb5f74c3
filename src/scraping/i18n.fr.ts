import type { scrapingEn } from './i18n.en';

/** `app.scraping.*` en français. */
export const scrapingFr: typeof scrapingEn = {
  menu: 'Surveillance du scraping',
  title: 'Surveillance du scraping',
  explanation:
    'La lecture de la CVthèque par chaque recruteur sur les 30 derniers jours, comparée à ses journées habituelles et aux recruteurs des entreprises de la même offre. Un score de 50 ou plus est signalé ; chaque raison donne son chiffre. Ouvrez une ligne pour le graphique et les actions.',
  flagged: 'Signalé',
  fields: {
    name: 'Utilisateur',
    company: 'Entreprise',
    score: 'Score de risque',
    profile_views: 'Profils consultés (le plus chargé d’aujourd’hui et d’hier)',
    reasons: 'Raisons',
    status: 'Statut',
  },
  panel: '%{email} · %{company} (offre %{plan})',
  chart_alt:
    'Profils consultés par jour par %{name} sur 30 jours\u00A0: au plus %{busiest} par jour, %{today} aujourd’hui ; 99e centile des pairs aujourd’hui\u00A0: %{p99}.',
  chart_legend:
    'Ligne pleine\u00A0: profils consultés par jour par l’utilisateur. Bande grisée, bord en tirets\u00A0: les pairs de la même offre, de la médiane au 99e centile.',
  reason: 'Raison (conservée dans le journal d’audit)',
  quota: {
    button: 'Abaisser le quota',
    title: 'Abaisser les quotas de %{name}',
    explanation:
      'Dès la requête suivante et pour le nombre de jours choisi, cet utilisateur ne peut lire au plus que ce nombre de nouveaux profils de la CVthèque par jour.',
    daily_profiles: 'Nouveaux profils de la CVthèque par jour',
    days: 'Pendant combien de jours',
    confirm: 'Abaisser le quota',
    done: 'Quota abaissé',
    lowered: 'Quota\u00A0: %{count} par jour',
  },
  lock: {
    button: 'Verrouiller l’utilisateur',
    title: 'Verrouiller %{name} ?',
    explanation:
      'L’utilisateur est déconnecté immédiatement et ne peut plus se connecter avant d’être déverrouillé.',
    confirm: 'Verrouiller',
    done: 'Utilisateur verrouillé',
  },
  warn: {
    button: 'Avertir l’entreprise',
    title: 'Avertir le contact de %{company}',
    explanation:
      'Un e-mail part au contact de l’entreprise pour dire que la lecture de %{name} ressemble à une collecte de profils, avec votre raison.',
    confirm: 'Envoyer l’avertissement',
    done: 'Entreprise avertie',
  },
  card_title: 'Scraping possible',
  card_total: '%{smart_count} utilisateur signalé |||| %{smart_count} utilisateurs signalés',
  card_score: 'score %{score}',
  open: 'Ouvrir la surveillance du scraping',
  tabs: { label: 'Surveiller par', users: 'Utilisateurs', companies: 'Entreprises' },
  company: {
    explanation:
      'La lecture de la CVthèque par chaque entreprise, tous ses utilisateurs ensemble, sur les 30 derniers jours, comparée à ses journées habituelles et aux entreprises de la même offre\u00A0: une collecte répartie entre plusieurs comptes, chacun sous le seuil d’un utilisateur, apparaît ici. Un score de 50 ou plus est signalé. Ouvrez une ligne pour ses utilisateurs, le graphique et les actions.',
    fields: {
      name: 'Entreprise',
      plan: 'Offre',
      profile_views: 'Profils consultés, tous utilisateurs (le plus chargé d’aujourd’hui et d’hier)',
      readers: 'Utilisateurs lecteurs',
    },
    users: 'Ses recruteurs',
    user_line: '%{name} (%{email})\u00A0: score %{score}, %{views} profils consultés',
    chart_alt:
      'Profils consultés par jour par %{name}, tous utilisateurs ensemble, sur 30 jours\u00A0: au plus %{busiest} par jour, %{today} aujourd’hui ; 99e centile des entreprises de l’offre aujourd’hui\u00A0: %{p99}.',
    chart_legend:
      'Ligne pleine\u00A0: profils consultés par jour par l’entreprise, tous ses utilisateurs. Bande grisée, bord en tirets\u00A0: les entreprises de la même offre, de la médiane au 99e centile.',
    quota_button: 'Abaisser les quotas de tous ses utilisateurs',
    quota_title: 'Abaisser les quotas de chaque recruteur de %{company}',
    quota_explanation:
      'Dès la requête suivante et pour le nombre de jours choisi, chaque recruteur de cette entreprise ne peut lire au plus que ce nombre de nouveaux profils de la CVthèque par jour.',
    quota_done: 'Quotas des utilisateurs de l’entreprise abaissés',
    warn_explanation:
      'Un e-mail part au contact de l’entreprise pour dire que la lecture de ses comptes, pris ensemble, ressemble à une collecte de profils, avec votre raison.',
  },
  card_companies: '%{smart_count} entreprise signalée |||| %{smart_count} entreprises signalées',
};
