import type { usersEn } from './i18n.en';

export const usersFr: typeof usersEn = {
  name: 'Utilisateur |||| Utilisateurs',
  notifications: {
    created: 'Utilisateur créé',
    updated: 'Utilisateur enregistré',
    deleted: 'Utilisateur supprimé |||| %{smart_count} utilisateurs supprimés',
  },
  page: { create: 'Nouvel utilisateur' },
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
    createdAt: 'Création',
  },
  invite: 'Inviter un recruteur',
  role_admin_only: 'Seul un administrateur peut changer un rôle',
  statuses: { active: 'Actif', locked: 'Verrouillé', invited: 'Invité' },
  locales: { fr: 'Français', en: 'Anglais' },
  last_admin: 'Le dernier administrateur actif ne peut être ni verrouillé, ni rétrogradé, ni supprimé',
  lock: {
    lock: 'Verrouiller',
    unlock: 'Déverrouiller',
    lock_title: 'Verrouiller le compte de %{name}',
    unlock_title: 'Déverrouiller le compte de %{name}',
    lock_explanation: 'Un utilisateur verrouillé est déconnecté aussitôt et ne peut plus se connecter.',
    unlock_explanation:
      'L’utilisateur pourra de nouveau se connecter. Indiquez pourquoi le compte est déverrouillé.',
    not_self: 'Vous ne pouvez pas verrouiller votre propre compte',
    reason: 'Motif',
    locked: 'Compte verrouillé',
    unlocked: 'Compte déverrouillé',
  },
};
