import type { creditLedgerEn } from './i18n.en';

export const creditLedgerFr: typeof creditLedgerEn = {
  name: 'Mouvement de crédits |||| Registre des crédits',
  fields: {
    id: 'Id',
    at: 'Date',
    companyId: 'Entreprise',
    kind: 'Crédit',
    delta: 'Variation',
    balanceAfter: 'Solde',
    action: 'Action',
    rule: 'Règle',
    recordId: 'Fiche',
    actorId: 'Par',
    reason: 'Motif',
  },
  refund: {
    action: 'Rembourser',
    title: 'Rembourser ce mouvement (%{delta})',
    reason: 'Motif',
    done: 'Remboursé',
  },
};
