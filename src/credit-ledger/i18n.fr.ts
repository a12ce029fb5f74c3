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
  actions: {
    initial: 'Dotation initiale',
    cv_unlock: 'Déblocage de CV',
    job_slot: 'Annonce publiée',
    support_adjustment: 'Ajustement du support',
    refund: 'Remboursement',
  },
  rules: {
    initial: 'Dotation initiale de l’offre',
    cv_unlock:
      'Déblocage de CV, candidat %{record}\u00A0: première ouverture de ce profil par l’entreprise (il reste ensuite débloqué)',
    job_slot:
      'Annonce, offre %{record}\u00A0: mise en ligne de l’annonce (première publication ou réouverture ; la reprise d’une annonce en pause est gratuite)',
    support_adjustment: 'Ajustement du support\u00A0: %{reason}',
    refund: 'Remboursement du mouvement n° %{record}\u00A0: %{reason}',
  },
  record: {
    cv_unlock: 'Candidat %{id}',
    job_slot: 'Annonce %{id}',
    refund: 'Mouvement n° %{id}',
    initial: 'N° %{id}',
    support_adjustment: 'N° %{id}',
  },
  usage: {
    title: 'Crédits consommés par mois',
    month: 'Mois',
    summary:
      'Sur les %{months} derniers mois\u00A0: %{cvUnlocks} déblocages de CV, %{jobSlots} annonces (remboursements déduits).',
  },
  refund: {
    action: 'Rembourser',
    title: 'Rembourser ce mouvement (%{delta})',
    reason: 'Motif',
    done: 'Remboursé',
  },
};
