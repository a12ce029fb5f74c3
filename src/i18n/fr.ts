import { applicationsFr } from '../applications/i18n.fr';
import { auditLogsFr } from '../audit-logs/i18n.fr';
import { candidatesFr } from '../candidates/i18n.fr';
import { conflictFr } from '../common/conflict/i18n.fr';
import { richTextFr } from '../common/i18n.fr';
import { sessionFr } from '../common/session/i18n.fr';
import { companiesFr } from '../companies/i18n.fr';
import { creditLedgerFr } from '../credit-ledger/i18n.fr';
import { feedImportsFr } from '../feeds/i18n.fr';
import { gdprFr } from '../gdpr/i18n.fr';
import { interviewsFr, messageTemplatesFr, scorecardsFr, tasksFr } from '../interviews/i18n.fr';
import { matchingFr } from '../matching/i18n.fr';
import { boardsFr, offerPublicationsFr } from '../moderation/i18n.fr';
import { offersFr } from '../offers/i18n.fr';
import { pipelineFr } from '../pipeline/i18n.fr';
import { scrapingFr } from '../scraping/i18n.fr';
import { usersFr } from '../users/i18n.fr';
import type { AppCatalog } from '.';

/** French catalog, loaded lazily (dynamic import) by the i18n provider. Same keys as the English. */
const fr: AppCatalog = {
  app: {
    title: 'Back-office Turnover IT',
    labelled: '%{label}\u00A0: %{value}',
    menu: {
      dashboard: 'Tableau de bord',
      pipeline: 'Pipeline',
      audit_log: "Journal d'audit",
    },
    roles: {
      recruiter: 'Recruteur',
      sales: 'Commercial',
      support: 'Support',
      admin: 'Administrateur',
    },
    sources: {
      'free-work': 'Free-Work',
      linkedin: 'LinkedIn',
      referral: 'Cooptation',
      'job-board': "Site d'emploi",
      sourcing: 'Approche directe',
      import: 'Import',
    },
    dashboard: {
      welcome: 'Bienvenue, %{name}',
      signed_in_as: 'Vous êtes connecté en tant que\u00A0: %{role}',
      period: 'Période',
      presets: {
        '7d': '7 derniers jours',
        '30d': '30 derniers jours',
        quarter: 'Dernier trimestre (90 jours)',
        year: 'Dernière année (365 jours)',
        custom: 'Dates personnalisées',
      },
      from: 'Du',
      to: 'Au',
      country: 'Marché',
      countries: { all: 'Tous les marchés', FR: 'France', GB: 'Royaume-Uni' },
      loading: 'Chargement',
      error: 'Ces chiffres n’ont pas pu être chargés.',
      empty: 'Rien sur cette période pour l’instant.',
      show_table: 'Voir en tableau',
      show_chart: 'Voir en graphique',
      download_csv_of: 'Télécharger les chiffres de « %{title} » en CSV',
      chart_of: 'Graphique\u00A0: %{title}. « Voir en tableau » en donne les chiffres.',
      more: '%{smart_count} de plus |||| %{smart_count} de plus',
      kpis: {
        offersPublished: 'Offres publiées',
        activeAccounts: 'Comptes actifs',
        applications: 'Candidatures',
        hires: 'Recrutements',
        mrr_eur: 'MRR (EUR)',
        mrr_gbp: 'MRR (GBP)',
      },
      trend: {
        up: 'En hausse de %{change} sur la période précédente (%{previous})',
        down: 'En baisse de %{change} sur la période précédente (%{previous})',
        flat: 'Stable sur la période précédente (%{previous})',
      },
      charts: {
        offers: 'Offres publiées et clôturées',
        funnel: 'Entonnoir des candidatures',
        rejections: 'Refus par motif',
        time_to_hire: 'Délai de recrutement',
        stage_time: 'Durée médiane par étape',
        sources: 'Candidatures par source',
        plan_mix: 'Répartition des formules',
        mrr: 'Revenu mensuel récurrent',
        boards: 'Sites d’emploi',
        board_markets: 'Sites d’emploi par marché',
        moderation: 'Modération\u00A0: principaux motifs de refus',
      },
      funnel_cohort:
        '%{total} candidatures sur la période, %{finished} terminées (recrutées, refusées ou retirées), %{open} en cours. La conversion est calculée sur les terminées.',
      time_to_hire_summary: '%{hires} recrutements ; médiane %{median}, 75e centile %{p75}.',
      mrr_span: 'MRR en fin de mois, de %{from} à %{to}',
      board_figures:
        'En ligne\u00A0: offres présentes sur le site aujourd’hui. Candidatures et conversion (vues en candidatures)\u00A0: offres soumises sur la période.',
      moderation_queue:
        '%{smart_count} offre attend une relecture, depuis %{oldest}. |||| %{smart_count} offres attendent une relecture, la plus ancienne depuis %{oldest}.',
      moderation_queue_empty: 'Aucune offre n’attend de relecture.',
      moderation_decisions:
        'Le support a tranché %{decisions} fois sur la période, en médiane %{median} après la soumission.',
      bucket: { day: 'Jour', week: 'Semaine du', month: 'Mois du' },
      series: {
        published: 'Publiées',
        average7: 'Publiées, moyenne sur 7 jours',
        closed: 'Clôturées',
        stage: 'Étape',
        reached: 'Atteinte (toutes)',
        finished_reached: 'Atteinte (cohorte terminée)',
        conversion: 'Conversion depuis l’étape précédente (%)',
        days_to_hire: 'Jours avant recrutement',
        hires: 'Recrutements',
        median_days: 'Jours (médiane)',
        source: 'Source',
        applications: 'Candidatures',
        hire_rate: 'Taux de recrutement (%)',
        rejection_reason: 'Motif',
        rejections: 'Refus',
        plan: 'Formule',
        accounts: 'Comptes',
        month: 'Mois',
        mrr_eur: 'MRR (EUR)',
        mrr_gbp: 'MRR (GBP)',
        board: 'Site',
        market: 'Marché',
        live: 'Offres en ligne',
        view_conversion: 'Vues en candidatures (%)',
      },
      health: {
        title: 'Santé des comptes',
        subtitle:
          'Scores sur 100 à ce jour, cinq composantes de 20 points chacune ; ouvrez une ligne pour son détail.',
        search: 'Chercher un compte',
        at_risk_only: 'À risque seulement',
        company: 'Compte',
        plan: 'Formule',
        score: 'Score',
        trend: 'Évolution sur 30 jours',
        at_risk: 'À risque',
        score_value: '%{score} / 100',
        points: '%{points} / 20',
        trend_up: 'En hausse de %{points} points depuis %{previous}',
        trend_down: 'En baisse de %{points} points depuis %{previous}',
        trend_flat: 'Inchangé depuis %{previous}',
        components: {
          recruiters: 'Recruteurs actifs',
          offers: 'Offres publiées',
          credits: 'Crédits CV',
          renewal: 'Renouvellement',
          breadth: 'Fonctions utilisées',
        },
        recruiters_value: '%{active} sur %{total} connectés depuis 30 jours',
        offers_value: '%{smart_count} offre en 30 jours |||| %{smart_count} offres en 30 jours',
        credits_value: '%{left} restants, environ %{days} jours au rythme des 30 derniers jours',
        credits_unused: '%{left} restants, aucun utilisé en 30 jours',
        credits_out: 'Plus de crédits CV',
        renewal_value:
          'Renouvellement dans %{smart_count} jour |||| Renouvellement dans %{smart_count} jours',
        renewal_overdue:
          'Renouvellement dépassé de %{smart_count} jour |||| Renouvellement dépassé de %{smart_count} jours',
        renewal_none: 'Sans date de renouvellement',
        breadth_value: '%{count} sur 4 utilisées en 30 jours\u00A0: %{features}',
        features: {
          offers: 'offres',
          unlocks: 'déblocages de CV',
          pipeline: 'déplacements dans le pipeline',
          'saved-views': 'recherches enregistrées',
        },
        reasons: {
          falling: 'score en baisse',
          renewal: 'renouvellement sous 30 jours',
          'out-of-credits': 'plus de crédits',
        },
        show_details: 'Afficher le détail de %{name}',
        hide_details: 'Masquer le détail de %{name}',
        details_column: 'Détail',
        company_page: 'Score de santé',
        company_page_none: 'Sans score\u00A0: un compte résilié n’a pas de score de santé.',
      },
      recruiter: {
        attention: 'Offres à surveiller',
        interviews: 'Entretiens à venir (7 jours)',
        activity: 'Activité récente',
        reasons: {
          expiring: 'Expire le %{date}',
          'no-applicants': 'Aucun candidat depuis le %{published}',
          paused: 'En pause',
        },
      },
      activity_types: {
        note: 'Note',
        call: 'Appel',
        email: 'E-mail',
        interview: 'Entretien',
        stage_change: 'Passée de %{from} à %{to}',
      },
      offer_health: {
        title: 'Santé des offres',
        subtitle: '%{smart_count} offre publiée en 30 jours |||| %{smart_count} offres publiées en 30 jours',
        offer: 'Offre',
        views: 'Vues',
        applications: 'Candidatures',
        conversion: 'Conversion',
        percentile: 'Face aux offres similaires',
        hint: 'Conseil',
        no_peers: 'Aucune offre similaire',
        lagging: 'En retrait\u00A0: meilleure que %{percentile} % de %{peers}',
        ahead: 'Meilleure que %{percentile} % de %{peers}',
        hints: {
          'no-salary': 'Affichez le salaire',
          'short-description': 'Étoffez la description',
          expiring: 'Expire bientôt\u00A0: prolongez-la',
        },
      },
      support: {
        attention: 'Comptes à traiter',
        attention_total: '%{smart_count} compte |||| %{smart_count} comptes',
        audit: 'Derniers événements d’audit',
        all_audit: 'Ouvrir le journal d’audit',
        reasons: {
          'out-of-credits': 'plus de crédits',
          suspended: 'suspendu',
          'locked-users': '%{smart_count} utilisateur bloqué |||| %{smart_count} utilisateurs bloqués',
        },
      },
    },
    pipeline: pipelineFr,
    login: {
      title: 'Connexion au back-office',
      email: 'Adresse e-mail',
      password: 'Mot de passe',
      submit: 'Se connecter',
      wrong_credentials: 'E-mail ou mot de passe incorrect.',
      locked_out:
        'Trop de tentatives échouées. Réessayez dans %{smart_count} minute |||| Trop de tentatives échouées. Réessayez dans %{smart_count} minutes',
      account_locked: 'Ce compte est verrouillé. Contactez le support.',
      demo_accounts: 'Comptes de démonstration (mot de passe « demo »), cliquez pour remplir\u00A0:',
    },
    user_menu: {
      label: 'Profil\u00A0: %{name}',
      language: 'Langue',
      language_saved: 'Langue enregistrée',
      theme_light: 'Thème clair',
      theme_dark: 'Thème sombre',
    },
    demo: {
      reset: 'Réinitialiser la démo',
      reset_confirm_title: 'Réinitialiser les données de démonstration ?',
      reset_confirm: 'Toutes les modifications faites dans ce navigateur seront perdues.',
      journal_discarded:
        'Vos modifications de démonstration n’ont pas pu être restaurées et ont été réinitialisées.',
    },
    pages: {
      not_found_title: 'Page introuvable',
      not_found: "Cette page n'existe pas, ou vous n'avez pas le droit de la voir.",
      forbidden_title: 'Accès refusé',
      forbidden: 'Votre rôle ne vous permet pas de voir cette page.',
      back_home: 'Retour au tableau de bord',
    },
    errors: {
      network: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
      retry_after: 'Réessayez dans %{smart_count} minute. |||| Réessayez dans %{smart_count} minutes.',
      rate_limited_retrying:
        'Trop de requêtes en peu de temps\u00A0: nouvel essai automatique dans %{smart_count} seconde. |||| Trop de requêtes en peu de temps\u00A0: nouvel essai automatique dans %{smart_count} secondes.',
      rate_limited_seconds:
        'Trop de requêtes en peu de temps\u00A0: patientez %{smart_count} seconde avant de réessayer. |||| Trop de requêtes en peu de temps\u00A0: patientez %{smart_count} secondes avant de réessayer.',
      rate_limited_minutes:
        'Trop de requêtes en peu de temps\u00A0: patientez %{smart_count} minute avant de réessayer. |||| Trop de requêtes en peu de temps\u00A0: patientez %{smart_count} minutes avant de réessayer.',
      conflict: 'Cette fiche a été modifiée par quelqu’un d’autre entre-temps.',
      server: 'Le serveur a répondu par une erreur (%{status}).',
    },
    fields: {
      open_link: 'Ouvrir le lien',
    },
    filters: {
      whole_number: 'Saisissez un nombre entier (sans décimales)',
      number_too_large: 'Saisissez un nombre plus petit\u00A0: celui-ci est trop grand pour la recherche',
    },
    export: {
      button: 'Tout exporter',
      title: 'Export\u00A0: %{name}',
      progress: '%{rows} lignes sur %{total}',
      scope: {
        candidates: {
          title: 'Ce que contient cet export',
          some: '%{exported} des %{total} candidats de cette liste seront exportés\u00A0: les profils que votre entreprise voit en entier (ils ont postulé à vos offres, ou vous les avez débloqués). Les %{left_out} autres sont des profils de la CVthèque aux coordonnées masquées\u00A0: ils ne sont pas exportés pour les recruteurs. Débloquez un profil pour l’inclure.',
          none: 'Aucun des %{total} candidats de cette liste ne peut être exporté\u00A0: ce sont des profils de la CVthèque aux coordonnées masquées, qui ne sont pas exportés pour les recruteurs. Débloquez un profil, ou filtrez sur les candidats à vos offres.',
          confirm: 'Exporter %{exported} candidat |||| Exporter %{exported} candidats',
        },
      },
    },
    conflict: conflictFr,
    session: sessionFr,
    gdpr: gdprFr,
    scraping: scrapingFr,
  },
  /** Merged into react-admin's own `ra` messages by the i18n provider. */
  ra: {
    tiptap: richTextFr,
    action: { edit: 'Modifier' },
    // react-admin's French puts a plain space before these colons.
    navigation: { page_rows_per_page: 'Lignes par page\u00A0:' },
    message: { placeholder_data_warning: 'Problème réseau\u00A0: impossible d’actualiser les données.' },
  },
  matching: matchingFr,
  resources: {
    companies: companiesFr,
    users: usersFr,
    offers: offersFr,
    candidates: candidatesFr,
    applications: applicationsFr,
    activities: {
      name: 'Activité |||| Activités',
      fields: { id: 'Id', type: 'Type', candidateId: 'Candidat', createdAt: 'Date' },
    },
    interviews: interviewsFr,
    scorecards: scorecardsFr,
    tasks: tasksFr,
    'message-templates': messageTemplatesFr,
    'saved-views': {
      name: 'Vue enregistrée |||| Vues enregistrées',
      fields: { id: 'Id', name: 'Nom', resource: 'Liste', sharedWithTeam: "Partagée avec l'équipe" },
    },
    'credit-ledger': creditLedgerFr,
    'audit-logs': auditLogsFr,
    boards: boardsFr,
    'offer-publications': offerPublicationsFr,
    'feed-imports': feedImportsFr,
  },
};

export default fr;
