import type { conflictEn } from './i18n.en';

export const conflictFr: typeof conflictEn = {
  title: 'Quelqu’un d’autre a modifié cette fiche',
  explanation:
    'Vos modifications ne sont pas encore enregistrées. Comparez-les à la fiche enregistrée\u00A0: gardez les vôtres (enregistrées sur la nouvelle version, leurs autres changements conservés) ou reprenez la fiche enregistrée.',
  field: 'Champ',
  mine: 'Votre valeur',
  theirs: 'Valeur enregistrée',
  changed_by_them: 'modifié par quelqu’un d’autre',
  keep_mine: 'Garder les miennes',
  take_theirs: 'Reprendre la fiche enregistrée',
};
