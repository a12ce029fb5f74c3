import type { usersEn } from './i18n.en';

export const usersFr: typeof usersEn = {
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
    createdAt: 'Création',
  },
  invite: 'Inviter un recruteur',
  role_admin_only: 'Seul un administrateur peut changer un rôle',
  lock: {
    lock: 'Verrouiller',
    unlock: 'Déverrouiller',
    lock_title: 'Verrouiller le compte de %{name}',
    unlock_title: 'Déverrouiller le compte de %{name}',
    explanation: 'Un utilisateur verrouillé est déconnecté aussitôt et ne peut plus se connecter.',
    reason: 'Motif',
    locked: 'Compte verrouillé',
    unlocked: 'Compte déverrouillé',
  },
};
