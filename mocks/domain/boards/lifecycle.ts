import { ACTIVE_PUBLICATION_STATES } from '../../../src/model/boards';
import type { Offer, OfferPublication } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { companyRows } from '../records/indexes';

/** Where an offer's publications stand as the offer itself changes. */
export const isActive = (publication: OfferPublication): boolean =>
  ACTIVE_PUBLICATION_STATES.includes(publication.state);

/** The publications of one offer (its company's bucket, not the whole table). */
export function publicationsOf(state: MockState, offer: Pick<Offer, 'id' | 'companyId'>): OfferPublication[] {
  return (companyRows(state.tables['offer-publications'], offer.companyId) as OfferPublication[]).filter(
    (publication) => publication.offerId === offer.id,
  );
}

/** An offer that closes or expires takes its publications off every board, freeing their slots. */
export function endPublications(state: MockState, offer: Pick<Offer, 'id' | 'companyId'>, at: string): void {
  for (const publication of publicationsOf(state, offer))
    if (isActive(publication))
      state.tables['offer-publications'].replace({
        ...publication,
        version: publication.version + 1,
        state: 'expired',
        decidedAt: publication.decidedAt ?? at,
      });
}

/** A deleted offer is on no board any more: its publications go with it. */
export function removePublications(state: MockState, offer: Pick<Offer, 'id' | 'companyId'>): void {
  for (const publication of publicationsOf(state, offer))
    state.tables['offer-publications'].remove(publication.id);
}
