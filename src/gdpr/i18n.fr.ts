import type { gdprEn } from './i18n.en';

export const gdprFr: typeof gdprEn = {
  export: 'Exporter les données personnelles',
  exported: 'Données personnelles exportées',
  anonymise: 'Anonymiser',
  anonymise_title: 'Anonymiser %{name} ?',
  anonymise_explanation:
    'Toutes les données personnelles de cette personne sont remplacées, partout, définitivement. Les candidatures sont gardées, sans la personne, pour les statistiques.',
  type_name: 'Saisissez « %{name} » pour confirmer',
  anonymised: 'Candidat anonymisé',
  retention_title: 'Conservation\u00A0: aucune activité depuis 24 mois',
  retention_empty: 'Aucun candidat ne dépasse la durée de conservation.',
  retention_menu: 'Conservation des données',
  retention_explanation:
    'Candidats sans activité depuis %{smart_count} mois. Leurs données personnelles ne doivent pas être gardées plus longtemps\u00A0: anonymisez-les (les candidatures restent, sans la personne, pour les statistiques).',
  bulk_confirm_title: 'Anonymiser %{smart_count} candidat ? |||| Anonymiser %{smart_count} candidats ?',
  bulk_confirm_content:
    'Les données personnelles du candidat sélectionné sont remplacées partout, définitivement. Impossible de revenir en arrière. |||| Les données personnelles des %{smart_count} candidats sélectionnés sont remplacées partout, définitivement. Impossible de revenir en arrière.',
  anonymise_selected: 'Anonymiser la sélection',
  bulk_done: '%{smart_count} candidat anonymisé |||| %{smart_count} candidats anonymisés',
};
