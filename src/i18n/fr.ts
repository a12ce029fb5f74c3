import type { AppCatalog } from './en';

/** French catalog, loaded lazily (dynamic import) by the i18n provider. Same keys as en.ts. */
const fr: AppCatalog = {
  app: {
    title: 'Back-office Turnover IT',
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
    dashboard: {
      welcome: 'Bienvenue, %{name}',
      signed_in_as: 'Vous êtes connecté en tant que : %{role}',
    },
    pipeline: {
      title: 'Pipeline',
      coming_soon: 'Le tableau des candidatures arrive bientôt.',
    },
    login: {
      title: 'Connexion au back-office',
      email: 'Adresse e-mail',
      password: 'Mot de passe',
      submit: 'Se connecter',
      wrong_credentials: 'E-mail ou mot de passe incorrect.',
      locked_out:
        'Trop de tentatives échouées. Réessayez dans %{smart_count} minute |||| Trop de tentatives échouées. Réessayez dans %{smart_count} minutes',
      account_locked: 'Ce compte est verrouillé. Contactez le support.',
      demo_accounts: 'Comptes de démonstration (mot de passe « demo »), cliquez pour remplir :',
    },
    user_menu: {
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
      conflict: 'Cette fiche a été modifiée par quelqu’un d’autre entre-temps.',
      server: 'Le serveur a répondu par une erreur (%{status}).',
    },
    fields: {
      open_link: 'Ouvrir le lien',
    },
  },
  resources: {
    companies: {
      name: 'Entreprise |||| Entreprises',
      fields: {
        id: 'Id',
        name: 'Nom',
        legalId: 'Identifiant légal',
        country: 'Pays',
        city: 'Ville',
        website: 'Site web',
        sector: 'Secteur',
        plan: 'Offre',
        mrrCents: 'MRR',
        status: 'Statut',
        createdAt: 'Création',
      },
    },
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        id: 'Id',
        firstName: 'Prénom',
        lastName: 'Nom',
        email: 'E-mail',
        role: 'Rôle',
        companyId: 'Entreprise',
        status: 'Statut',
        locale: 'Langue',
        lastLoginAt: 'Dernière connexion',
      },
    },
    offers: {
      name: 'Offre |||| Offres',
      fields: {
        id: 'Id',
        reference: 'Référence',
        title: 'Intitulé',
        companyId: 'Entreprise',
        contractType: 'Contrat',
        city: 'Ville',
        status: 'Statut',
        publishedAt: 'Publiée le',
        applicationsCount: 'Candidatures',
      },
    },
    candidates: {
      name: 'Candidat |||| Candidats',
      fields: {
        id: 'Id',
        firstName: 'Prénom',
        lastName: 'Nom',
        headline: 'Titre',
        city: 'Ville',
        yearsOfExperience: 'Expérience (années)',
        linkedinUrl: 'LinkedIn',
        lastActivityAt: 'Dernière activité',
      },
    },
    applications: {
      name: 'Candidature |||| Candidatures',
      fields: {
        id: 'Id',
        candidateId: 'Candidat',
        offerId: 'Offre',
        stage: 'Étape',
        rating: 'Note',
        appliedAt: 'Postulé le',
      },
    },
    activities: {
      name: 'Activité |||| Activités',
      fields: { id: 'Id', type: 'Type', candidateId: 'Candidat', createdAt: 'Date' },
    },
    interviews: {
      name: 'Entretien |||| Entretiens',
      fields: { id: 'Id', startsAt: 'Début', kind: 'Type', status: 'Statut', candidateId: 'Candidat' },
    },
    scorecards: {
      name: "Grille d'évaluation |||| Grilles d'évaluation",
      fields: { id: 'Id', applicationId: 'Candidature', recommendation: 'Avis', submittedAt: 'Soumise le' },
    },
    tasks: {
      name: 'Tâche |||| Tâches',
      fields: { id: 'Id', title: 'Intitulé', dueAt: 'Échéance', done: 'Faite' },
    },
    'message-templates': {
      name: 'Modèle de message |||| Modèles de message',
      fields: { id: 'Id', name: 'Nom', kind: 'Type', locale: 'Langue' },
    },
    'saved-views': {
      name: 'Vue enregistrée |||| Vues enregistrées',
      fields: { id: 'Id', name: 'Nom', resource: 'Liste', sharedWithTeam: "Partagée avec l'équipe" },
    },
    'credit-ledger': {
      name: 'Mouvement de crédits |||| Historique des crédits',
      fields: {
        id: 'Id',
        at: 'Date',
        companyId: 'Entreprise',
        kind: 'Crédit',
        delta: 'Variation',
        balanceAfter: 'Solde',
        action: 'Action',
      },
    },
    'audit-logs': {
      name: "Entrée du journal d'audit |||| Journal d'audit",
      fields: {
        id: 'Id',
        at: 'Date',
        actorId: 'Auteur',
        actorRole: 'Rôle',
        action: 'Action',
        resource: 'Ressource',
        recordId: 'Fiche',
      },
    },
  },
};

export default fr;
