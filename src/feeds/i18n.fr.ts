import type { feedImportsEn } from './i18n.en';

/** `resources.feed-imports.*` */
export const feedImportsFr: typeof feedImportsEn = {
  name: 'Import de flux |||| Imports de flux',
  help: 'Les offres qu’envoie l’ATS de l’entreprise\u00A0: les nouvelles sont créées et publiées, celles qui changent mises à jour, celles qu’il ne liste plus clôturées. Une seule offre invalide, et rien n’est importé.',
  run_stored: 'Lancer le flux enregistré',
  upload: 'Importer un flux (XML ou JSON)',
  last_reports: 'Derniers rapports',
  no_reports: 'Aucun flux n’a encore été lancé pour cette entreprise.',
  no_items: 'Le flux ne contenait aucune offre.',
  items: 'Offres du flux',
  summary: '%{at} · %{format} · %{status}',
  publication: 'jobboard %{board}\u00A0: %{state}',
  done: 'Flux importé\u00A0: %{created} créée(s), %{updated} mise(s) à jour, %{closed} clôturée(s), %{unchanged} inchangée(s)',
  refused: 'Flux refusé\u00A0: rien n’a été importé. Le rapport ci-dessous dit quelles offres et pourquoi.',
  unreadable: 'Ce fichier n’est ni du JSON ni du XML.',
  statuses: { applied: 'Appliqué', refused: 'Refusé' },
  outcomes: {
    created: 'Créée',
    updated: 'Mise à jour',
    closed: 'Clôturée',
    unchanged: 'Inchangée',
    refused: 'Refusée',
  },
  fields: {
    index: 'Position',
    externalRef: 'Référence ATS',
    outcome: 'Résultat',
    offerId: 'Offre',
    reasons: 'Pourquoi',
    publications: 'Jobboards',
    companyId: 'Entreprise',
    status: 'Statut',
    at: 'Lancé le',
  },
};
