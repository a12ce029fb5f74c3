import type { sessionEn } from './i18n.en';

export const sessionFr: typeof sessionEn = {
  title: 'Votre session a expiré',
  explanation:
    'Reconnectez-vous pour enregistrer\u00A0: ce que vous avez saisi est conservé et sera enregistré juste après.',
  sign_in_and_save: 'Se connecter et enregistrer',
  other_account: 'Connectez-vous avec le même compte pour enregistrer ces modifications.',
  network_title: 'Non enregistré\u00A0: le serveur est injoignable',
  network_explanation:
    'Vos modifications restent dans le formulaire. Vérifiez votre connexion puis réessayez.',
  retry: 'Réessayer',
};
