import { BestMatches } from '../matching';
import type { Identifier } from '../model/types';
import { PipelineBoard } from '../pipeline';

/**
 * Slots of the offer page filled by other features: the pipeline board filtered to the offer, and
 * the offer's best matches (src/matching).
 */
export interface OfferSlotProps {
  offerId: Identifier;
}

export function OfferPipelineSlot({ offerId }: OfferSlotProps) {
  return <PipelineBoard offerId={offerId} />;
}

export function OfferMatchesSlot({ offerId }: OfferSlotProps) {
  return <BestMatches offerId={offerId} />;
}
